package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.OrderHash;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Executions of our orders (table {@code fills}). A fill is identified by the venue trade id
 * and our order hash: the user feed and reconciliation may both report it.
 */
public final class FillRepository {
    private static final String COLUMNS = "trade_id, order_hash, condition_id, token_id, side, price, size, fee, event_time";

    private final Jdbi jdbi;

    public FillRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Stores the fill; false when this trade id is already stored for this order. */
    public boolean insertIfAbsent(Fill fill) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO fills (trade_id, order_hash, condition_id, token_id, side, price, size, fee, event_time)
                        VALUES (:tradeId, :orderHash, :conditionId, :tokenId, :side, :price, :size, :fee, :eventTime)
                        ON CONFLICT (trade_id, order_hash) DO NOTHING""")
                .bind("tradeId", fill.tradeId())
                .bind("orderHash", fill.orderHash().value())
                .bind("conditionId", fill.market().value())
                .bind("tokenId", fill.token().value())
                .bind("side", fill.side().name())
                .bind("price", fill.price().value())
                .bind("size", fill.size().shares())
                .bind("fee", fill.fee().amount())
                .bind("eventTime", fill.eventTime())
                .execute() == 1);
    }

    /** The order's fills, oldest first. */
    public List<Fill> forOrder(OrderHash orderHash) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM fills WHERE order_hash = :orderHash ORDER BY event_time, trade_id")
                .bind("orderHash", orderHash.value())
                .map((rs, ctx) -> fill(rs))
                .list());
    }

    /** The latest fills, newest first. */
    public List<Fill> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM fills ORDER BY event_time DESC, trade_id, order_hash LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> fill(rs))
                .list());
    }

    private static Fill fill(ResultSet rs) throws SQLException {
        return new Fill(rs.getString("trade_id"), new OrderHash(rs.getString("order_hash")),
                new ConditionId(rs.getString("condition_id")), new TokenId(rs.getString("token_id")),
                Side.valueOf(rs.getString("side")), new Price(rs.getBigDecimal("price")), new Size(rs.getBigDecimal("size")),
                new Usd(rs.getBigDecimal("fee")), Columns.instant(rs, "event_time"));
    }
}
