package io.polybot.store.repo;

import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

/**
 * The last kill or release (table {@code trading_state}), so that a restarted role starts in the
 * state the operator left instead of ACTIVE. Every instance that applies a kill or release saves
 * it; the newest wins, so instances hearing the same command in any order agree.
 */
public final class TradingStateRepository {
    private final Jdbi jdbi;

    public TradingStateRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Saves the state unless a newer one is already saved. */
    public void save(TradingSwitch.Current current) {
        if (current.since() == null) return; // a start-up state: nothing an operator did
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO trading_state (id, state, reason, set_by, since) VALUES (1, :state, :reason, :by, :since)
                        ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason, set_by = EXCLUDED.set_by,
                            since = EXCLUDED.since
                        WHERE trading_state.since <= EXCLUDED.since""")
                .bind("state", current.state().name())
                .bind("reason", current.reason() == null ? "" : current.reason())
                .bind("by", current.by() == null ? "" : current.by())
                .bind("since", current.since())
                .execute());
    }

    public Optional<TradingSwitch.Current> load() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT state, reason, set_by, since FROM trading_state WHERE id = 1")
                .map((rs, ctx) -> new TradingSwitch.Current(TradingState.valueOf(rs.getString("state")), rs.getString("reason"),
                        rs.getString("set_by"), rs.getObject("since", java.time.OffsetDateTime.class).toInstant()))
                .findOne());
    }

}
