package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.position.Position;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Our holding per outcome token (table {@code positions}); flat positions stay stored with their realised PnL. */
public final class PositionRepository {
    private static final String COLUMNS = "condition_id, token_id, outcome, size, cost_basis, realized_pnl, fees, updated_at";

    private final Jdbi jdbi;

    public PositionRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    public void upsert(Position position) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO positions (token_id, condition_id, outcome, size, cost_basis, realized_pnl, fees, updated_at)
                        VALUES (:tokenId, :conditionId, :outcome, :size, :costBasis, :realizedPnl, :fees, :updatedAt)
                        ON CONFLICT (token_id) DO UPDATE SET
                            condition_id = EXCLUDED.condition_id, outcome = EXCLUDED.outcome, size = EXCLUDED.size,
                            cost_basis = EXCLUDED.cost_basis, realized_pnl = EXCLUDED.realized_pnl,
                            fees = EXCLUDED.fees, updated_at = EXCLUDED.updated_at""")
                .bind("tokenId", position.token().value())
                .bind("conditionId", position.market().value())
                .bind("outcome", position.outcome())
                .bind("size", position.size().shares())
                .bind("costBasis", position.costBasis().amount())
                .bind("realizedPnl", position.realizedPnl().amount())
                .bind("fees", position.fees().amount())
                .bind("updatedAt", position.updatedAt())
                .execute());
    }

    public Optional<Position> find(TokenId token) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM positions WHERE token_id = :tokenId")
                .bind("tokenId", token.value())
                .map((rs, ctx) -> position(rs))
                .findOne());
    }

    /** Every position, flat ones included, ordered by market and token. */
    public List<Position> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM positions ORDER BY condition_id, token_id")
                .map((rs, ctx) -> position(rs))
                .list());
    }

    private static Position position(ResultSet rs) throws SQLException {
        return new Position(new ConditionId(rs.getString("condition_id")), new TokenId(rs.getString("token_id")),
                rs.getString("outcome"), new Size(rs.getBigDecimal("size")), new Usd(rs.getBigDecimal("cost_basis")),
                new Usd(rs.getBigDecimal("realized_pnl")), new Usd(rs.getBigDecimal("fees")), Columns.instant(rs, "updated_at"));
    }
}
