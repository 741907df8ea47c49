package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.store.internal.BatchInsert;
import io.polybot.store.internal.Columns;
import io.polybot.store.internal.JsonColumns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Strategy signals (table {@code signals}); the deterministic signal id makes a redelivered signal a no-op. */
public final class SignalRepository {
    private static final String COLUMNS = """
            id, strategy, condition_id, token_id, outcome, side, reference_price, trigger_notional, reason,
            provenance::text AS provenance, created_at""";

    private final Jdbi jdbi;
    private final Jdbi unflushed;

    /** @param unflushed the store's pool whose sessions commit without waiting for the WAL flush */
    public SignalRepository(Jdbi jdbi, Jdbi unflushed) {
        this.jdbi = jdbi;
        this.unflushed = unflushed;
    }

    /** Stores the signal; false when a signal with this id is already stored. */
    public boolean insertIfAbsent(Signal signal) {
        return jdbi.withHandle(handle -> insert(handle, signal));
    }

    /**
     * {@link #insertIfAbsent} for a batch, in one transaction and one round trip, committed without waiting for the
     * WAL flush (the store's unflushed pool, {@code synchronous_commit = off}): the signals written behind the signal
     * path ({@code BatchWriter}); nothing downstream reads them back (execution takes each signal from the bus).
     * Answers the ones that were new.
     */
    public List<Signal> insertAllIfAbsentUnflushed(List<Signal> batch) {
        int[] counts = BatchInsert.run(unflushed, INSERT, batch, SignalRepository::bind);
        List<Signal> inserted = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) if (counts[i] == 1) inserted.add(batch.get(i));
        return inserted;
    }

    private static final String INSERT = """
            INSERT INTO signals (id, strategy, condition_id, token_id, outcome, side, reference_price,
                                 trigger_notional, reason, provenance, created_at)
            VALUES (:id, :strategy, :conditionId, :tokenId, :outcome, :side, :referencePrice,
                    :triggerNotional, :reason, CAST(:provenance AS jsonb), :createdAt)
            ON CONFLICT (id) DO NOTHING""";

    private static boolean insert(Handle handle, Signal signal) {
        return bind(handle.createUpdate(INSERT), signal).execute() == 1;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Signal signal) {
        return statement.bind("id", signal.id().value())
                .bind("strategy", signal.strategy())
                .bind("conditionId", signal.market().value())
                .bind("tokenId", signal.token().value())
                .bind("outcome", signal.outcome())
                .bind("side", signal.side().name())
                .bind("referencePrice", signal.referencePrice().value())
                .bind("triggerNotional", signal.triggerNotional() == null ? null : signal.triggerNotional().amount())
                .bind("reason", signal.reason())
                .bind("provenance", JsonColumns.write(signal.provenance()))
                .bind("createdAt", signal.createdAt());
    }

    public Optional<Signal> find(SignalId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM signals WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> signal(rs))
                .findOne());
    }

    /** The stored ones of these signals, by id. */
    public Map<SignalId, Signal> findAll(Collection<SignalId> ids) {
        if (ids.isEmpty()) return Map.of();
        return jdbi.withHandle(handle -> {
            Map<SignalId, Signal> out = new HashMap<>();
            handle.createQuery("SELECT " + COLUMNS + " FROM signals WHERE id IN (<ids>)")
                    .bindList("ids", ids.stream().map(SignalId::value).distinct().toList())
                    .map((rs, ctx) -> signal(rs))
                    .forEach(s -> out.put(s.id(), s));
            return out;
        });
    }

    /** The latest signals, newest first. */
    public List<Signal> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM signals ORDER BY created_at DESC, id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> signal(rs))
                .list());
    }

    private static Signal signal(ResultSet rs) throws SQLException {
        BigDecimal triggerNotional = rs.getBigDecimal("trigger_notional");
        return new Signal(new SignalId(rs.getString("id")), rs.getString("strategy"), new ConditionId(rs.getString("condition_id")),
                new TokenId(rs.getString("token_id")), rs.getString("outcome"), Side.valueOf(rs.getString("side")),
                new Price(rs.getBigDecimal("reference_price")), triggerNotional == null ? null : new Usd(triggerNotional),
                rs.getString("reason"), JsonColumns.stringMap(rs.getString("provenance")), Columns.instant(rs, "created_at"));
    }
}
