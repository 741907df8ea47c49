package io.polybot.polymarket.ws;

/**
 * A point-in-time copy of a feed client's counters, for metrics and health checks.
 *
 * @param messages typed messages delivered to the listener
 * @param malformed frames that could not be parsed (the connection goes on)
 * @param unknownEvents well-formed messages of an event type this SDK does not know (ignored)
 * @param ignoredTexts keep-alive answers ({@code PONG}) and other non-JSON texts
 * @param connects successful (re)opens across all connections
 * @param disconnects closed or failed sockets
 * @param reconnects reconnect attempts scheduled
 * @param staleDrops sockets dropped by the staleness watchdog
 * @param gaps windows reported as possibly missed (callers backfill these)
 * @param openConnections sockets open now
 * @param connections sockets the client maintains (open or reconnecting)
 */
public record FeedStats(
        long messages,
        long malformed,
        long unknownEvents,
        long ignoredTexts,
        long connects,
        long disconnects,
        long reconnects,
        long staleDrops,
        long gaps,
        int openConnections,
        int connections) {}
