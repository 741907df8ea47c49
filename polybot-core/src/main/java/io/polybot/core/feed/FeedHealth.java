package io.polybot.core.feed;

import java.time.Instant;

/**
 * One feed's health as its collector reports it on {@code control} (periodically and when it
 * connects or drops), so that the dashboard can show stale or disconnected market data.
 *
 * @param name          the feed ("rtds.trades", ...)
 * @param instance      the reporting ingest instance
 * @param connected     whether the feed's connection is up now
 * @param lastMessageAt when the feed last delivered a message; null before the first
 */
public record FeedHealth(String name, String instance, boolean connected, Instant lastMessageAt, Instant reportedAt) {
    public FeedHealth {
        if (name == null || name.isBlank() || instance == null || reportedAt == null)
            throw new IllegalArgumentException("feed health needs a name, an instance and a report time");
    }
}
