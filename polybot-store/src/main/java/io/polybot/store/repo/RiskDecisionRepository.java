package io.polybot.store.repo;

import io.polybot.core.signal.SignalId;
import io.polybot.store.internal.Columns;
import io.polybot.store.internal.JsonColumns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Every decision of the risk engine with its reason and figures (table {@code risk_decisions}). */
public final class RiskDecisionRepository {
    private static final String COLUMNS = "signal_id, approved, code, detail, figures::text AS figures, decided_at";

    private final Jdbi jdbi;

    public RiskDecisionRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    public void insert(RiskDecisionRecord decision) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO risk_decisions (signal_id, approved, code, detail, figures, decided_at)
                        VALUES (:signalId, :approved, :code, :detail, CAST(:figures AS jsonb), :decidedAt)""")
                .bind("signalId", decision.signalId().value())
                .bind("approved", decision.approved())
                .bind("code", decision.code())
                .bind("detail", decision.detail())
                .bind("figures", JsonColumns.write(decision.figures()))
                .bind("decidedAt", decision.decidedAt())
                .execute());
    }

    /** The decisions on one signal, oldest first. */
    public List<RiskDecisionRecord> forSignal(SignalId signalId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM risk_decisions WHERE signal_id = :signalId ORDER BY decided_at, id")
                .bind("signalId", signalId.value())
                .map((rs, ctx) -> decision(rs))
                .list());
    }

    /** The latest decisions, newest first. */
    public List<RiskDecisionRecord> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM risk_decisions ORDER BY decided_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> decision(rs))
                .list());
    }

    private static RiskDecisionRecord decision(ResultSet rs) throws SQLException {
        return new RiskDecisionRecord(new SignalId(rs.getString("signal_id")), rs.getBoolean("approved"), rs.getString("code"),
                rs.getString("detail"), JsonColumns.stringMap(rs.getString("figures")), Columns.instant(rs, "decided_at"));
    }
}
