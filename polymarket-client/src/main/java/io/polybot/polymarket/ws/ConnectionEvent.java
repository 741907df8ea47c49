package io.polybot.polymarket.ws;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/** Lifecycle events of a {@link FeedConnection}, for logs, metrics and backfill. */
public sealed interface ConnectionEvent {
    URI uri();

    Instant at();

    /** The socket opened and the subscribe frames were sent. {@code attempt} counts from 1. */
    record Connected(URI uri, Instant at, int attempt) implements ConnectionEvent {}

    /** The socket closed or failed; a reconnect follows unless the connection was closed. */
    record Disconnected(URI uri, Instant at, String reason) implements ConnectionEvent {}

    /** The socket was open but silent for {@code silentFor}; it is being dropped. */
    record Stale(URI uri, Instant at, Duration silentFor) implements ConnectionEvent {}

    /** A reconnect is scheduled after {@code delay}. */
    record Reconnecting(URI uri, Instant at, int attempt, Duration delay) implements ConnectionEvent {}

    /**
     * Messages between {@code from} (the last message before the outage) and {@code to} (the
     * reconnect) may have been missed: backfill that window from another source.
     */
    record Gap(URI uri, Instant at, Instant from, Instant to) implements ConnectionEvent {}
}
