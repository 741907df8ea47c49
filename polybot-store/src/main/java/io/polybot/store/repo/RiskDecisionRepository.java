package io.polybot.store.repo;

import io.polybot.core.signal.SignalId;
import io.polybot.store.internal.Columns;
import io.polybot.store.internal.JsonColumns;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Stores the decisions in one transaction, in the given order. */
    public void insertAll(List<RiskDecisionRecord> decisions) {
        if (decisions.isEmpty()) return;
        jdbi.useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO risk_decisions (signal_id, approved, code, detail, figures, decided_at)
                    VALUES (:signalId, :approved, :code, :detail, CAST(:figures AS jsonb), :decidedAt)""");
            for (RiskDecisionRecord decision : decisions) {
                batch.bind("signalId", decision.signalId().value())
                        .bind("approved", decision.approved())
                        .bind("code", decision.code())
                        .bind("detail", decision.detail())
                        .bind("figures", JsonColumns.write(decision.figures()))
                        .bind("decidedAt", decision.decidedAt())
                        .add();
            }
            batch.execute();
        });
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

    /** The latest decision on each of the signals, by signal id; signals without one are absent. */
    public Map<SignalId, RiskDecisionRecord> latestFor(Collection<SignalId> signalIds) {
        if (signalIds.isEmpty()) return Map.of();
        return jdbi.withHandle(handle -> {
            Map<SignalId, RiskDecisionRecord> out = new HashMap<>();
            handle.createQuery("SELECT DISTINCT ON (signal_id) " + COLUMNS
                            + " FROM risk_decisions WHERE signal_id IN (<ids>) ORDER BY signal_id, decided_at DESC, id DESC")
                    .bindList("ids", signalIds.stream().map(SignalId::value).distinct().toList())
                    .map((rs, ctx) -> decision(rs))
                    .forEach(d -> out.put(d.signalId(), d));
            return out;
        });
    }

    /** The highest row id so far (0 when empty): where a reader of new decisions starts. */
    public long lastId() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(max(id), 0) FROM risk_decisions").mapTo(Long.class).one());
    }

    /** Decisions stored after row {@code afterId}, oldest first, with their row ids. */
    public List<Numbered> after(long afterId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, " + COLUMNS + " FROM risk_decisions WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId)
                .bind("limit", limit)
                .map((rs, ctx) -> new Numbered(rs.getLong("id"), decision(rs)))
                .list());
    }

    /** A decision with its row id, for readers that follow the table. */
    public record Numbered(long id, RiskDecisionRecord decision) {}

    private static RiskDecisionRecord decision(ResultSet rs) throws SQLException {
        return new RiskDecisionRecord(new SignalId(rs.getString("signal_id")), rs.getBoolean("approved"), rs.getString("code"),
                rs.getString("detail"), JsonColumns.stringMap(rs.getString("figures")), Columns.instant(rs, "decided_at"));
    }
}
