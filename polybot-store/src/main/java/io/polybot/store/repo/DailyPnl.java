package io.polybot.store.repo;

import io.polybot.core.money.Usd;

import java.time.Instant;
import java.time.LocalDate;

/** Profit and loss of one trading day (UTC), updated through the day. */
public record DailyPnl(LocalDate day, Usd realizedPnl, Usd unrealizedPnl, Usd equity, Instant updatedAt) {
    public DailyPnl {
        if (day == null || realizedPnl == null || unrealizedPnl == null || equity == null || updatedAt == null)
            throw new IllegalArgumentException("daily PnL is missing a required field");
    }
}
