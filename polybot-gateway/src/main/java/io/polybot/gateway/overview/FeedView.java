package io.polybot.gateway.overview;

import io.polybot.core.feed.FeedHealth;

import java.time.Duration;
import java.time.Instant;

/**
 * A feed as the dashboard shows it. A feed counts as disconnected when its last report is older
 * than {@link #REPORT_STALE_AFTER}: the collector that would say otherwise is gone.
 *
 * @param staleSeconds seconds since the feed's last message; null before the first
 */
public record FeedView(String name, boolean connected, Instant lastMessageAt, Long staleSeconds) {
    public static final Duration REPORT_STALE_AFTER = Duration.ofMinutes(2);

    public static FeedView of(FeedHealth health, Instant now) {
        boolean reporting = Duration.between(health.reportedAt(), now).compareTo(REPORT_STALE_AFTER) <= 0;
        Long stale = health.lastMessageAt() == null ? null : Math.max(0, Duration.between(health.lastMessageAt(), now).toSeconds());
        return new FeedView(health.name(), health.connected() && reporting, health.lastMessageAt(), stale);
    }
}
