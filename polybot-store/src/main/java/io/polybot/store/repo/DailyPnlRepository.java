package io.polybot.store.repo;

import io.polybot.core.money.Usd;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Profit and loss per day (table {@code daily_pnl}); the drawdown breaker and the dashboard read it. */
public final class DailyPnlRepository {
    private final Jdbi jdbi;

    public DailyPnlRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    public void upsert(DailyPnl pnl) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO daily_pnl (day, realized_pnl, unrealized_pnl, equity, updated_at)
                        VALUES (:day, :realizedPnl, :unrealizedPnl, :equity, :updatedAt)
                        ON CONFLICT (day) DO UPDATE SET
                            realized_pnl = EXCLUDED.realized_pnl, unrealized_pnl = EXCLUDED.unrealized_pnl,
                            equity = EXCLUDED.equity, updated_at = EXCLUDED.updated_at""")
                .bind("day", pnl.day())
                .bind("realizedPnl", pnl.realizedPnl().amount())
                .bind("unrealizedPnl", pnl.unrealizedPnl().amount())
                .bind("equity", pnl.equity().amount())
                .bind("updatedAt", pnl.updatedAt())
                .execute());
    }

    /**
     * Adds {@code delta} to the day's realised PnL in one statement (the row is created at zero when
     * missing; unrealised PnL and equity are left as they are) and answers the day's new total.
     */
    public Usd addRealized(LocalDate day, Usd delta, Instant at) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO daily_pnl (day, realized_pnl, unrealized_pnl, equity, updated_at)
                        VALUES (:day, :delta, 0, 0, :at)
                        ON CONFLICT (day) DO UPDATE SET
                            realized_pnl = daily_pnl.realized_pnl + EXCLUDED.realized_pnl, updated_at = EXCLUDED.updated_at
                        RETURNING realized_pnl""")
                .bind("day", day)
                .bind("delta", delta.amount())
                .bind("at", at)
                .map((rs, ctx) -> new Usd(rs.getBigDecimal("realized_pnl")))
                .one());
    }

    /** Days from {@code from} to {@code to}, both included, oldest first. */
    public List<DailyPnl> between(LocalDate from, LocalDate to) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT day, realized_pnl, unrealized_pnl, equity, updated_at FROM daily_pnl
                        WHERE day BETWEEN :from AND :to ORDER BY day""")
                .bind("from", from)
                .bind("to", to)
                .mapTo(DailyPnl.class)
                .list());
    }
}
