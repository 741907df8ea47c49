package io.polybot.polymarket.market;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@code price_change} message: level updates for one or more assets of a market.
 *
 * <p>Two wire formats map here: the {@link Format#CURRENT} one (since 2025-09-15: one message
 * per market, {@code price_changes[]} with per-asset best bid/ask) and the {@link Format#LEGACY}
 * one (one asset per message, {@code changes[]} or a single top-level change, one hash).
 */
public record PriceChange(String market, Instant eventTime, List<LevelChange> changes, Format format) implements MarketMessage {
    /** Which wire format the message came in. */
    public enum Format { CURRENT, LEGACY }

    public PriceChange {
        Objects.requireNonNull(market, "market");
        changes = List.copyOf(changes);
        Objects.requireNonNull(format, "format");
    }
}
