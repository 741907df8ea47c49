package io.polybot.polymarket.ws;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket that stays connected: Jetty 12 client plus reconnect with exponential back-off
 * and jitter, re-subscription on every open, an application-level ping, and a staleness
 * watchdog that drops half-open sockets and reports the missed window as a {@link
 * ConnectionEvent.Gap}.
 *
 * <p>Connection state is owned by one scheduler thread; socket callbacks only post to it.
 * Messages are delivered on the socket's thread in arrival order; a message from a socket that
 * has since been replaced is dropped (each socket carries a generation number).
 */
public final class FeedConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedConnection.class);

    private final URI uri;
    private final FeedHandler handler;
    private final FeedSettings settings;
    private final Clock clock;
    private final WebSocketClient client;
    private final ScheduledExecutorService scheduler;

    // Written only by the scheduler thread; session is also read by senders.
    private volatile Session session;
    private int attempt;
    private boolean everConnected;
    private Instant disconnectedAt;
    private ScheduledFuture<?> reconnectTask;
    private ScheduledFuture<?> pingTask;
    private ScheduledFuture<?> watchdogTask;

    // Read by socket threads.
    private volatile int generation;
    private volatile boolean closed;
    private volatile long lastActivityNanos;
    private volatile Instant lastMessageAt;

    public FeedConnection(URI uri, FeedHandler handler, FeedSettings settings) {
        this(uri, handler, settings, Clock.systemUTC());
    }

    public FeedConnection(URI uri, FeedHandler handler, FeedSettings settings, Clock clock) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        String name = "feed-" + uri.getHost() + ":" + uri.getPort();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(name).factory());
        QueuedThreadPool pool = new QueuedThreadPool();
        pool.setName(name + "-ws");
        pool.setDaemon(true);
        HttpClient httpClient = new HttpClient();
        httpClient.setExecutor(pool);
        this.client = new WebSocketClient(httpClient);
        client.setMaxTextMessageSize(settings.maxTextMessageSize());
        // Our watchdog decides when a socket is dead; Jetty's idle timeout only backs it up.
        client.setIdleTimeout(settings.staleAfter().multipliedBy(2).plusSeconds(10));
    }

    /** Starts connecting; returns at once. */
    public void start() {
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start WebSocket client", e);
        }
        Duration check = settings.staleAfter().dividedBy(4);
        long checkMs = Math.max(10, check.toMillis());
        watchdogTask = scheduler.scheduleAtFixedRate(this::checkStale, checkMs, checkMs, TimeUnit.MILLISECONDS);
        if (!settings.pingInterval().isZero()) {
            long pingMs = settings.pingInterval().toMillis();
            pingTask = scheduler.scheduleAtFixedRate(this::ping, pingMs, pingMs, TimeUnit.MILLISECONDS);
        }
        scheduler.execute(this::connect);
    }

    /** Sends a text frame if the socket is open; returns false otherwise. */
    public boolean send(String text) {
        Session s = session;
        if (s == null || !s.isOpen()) return false;
        s.sendText(text, Callback.NOOP);
        return true;
    }

    public boolean isOpen() {
        Session s = session;
        return s != null && s.isOpen();
    }

    public URI uri() {
        return uri;
    }

    /** Closes the socket and stops reconnecting. Idempotent. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            scheduler.submit(() -> {
                cancel(reconnectTask);
                cancel(pingTask);
                cancel(watchdogTask);
                generation++;
                if (session != null) session.close(1000, "client closing", Callback.NOOP);
                session = null;
            }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("closing {} did not complete cleanly: {}", uri, e.toString());
        } finally {
            scheduler.shutdownNow();
            try {
                client.stop();
            } catch (Exception e) {
                log.debug("stopping WebSocket client for {}: {}", uri, e.toString());
            }
        }
    }

    private void connect() {
        if (closed) return;
        attempt++;
        int gen = ++generation;
        try {
            client.connect(new Endpoint(this, gen), uri).whenComplete((s, error) -> {
                if (error != null) post(() -> dropped(gen, "connect failed: " + error));
            });
        } catch (IOException | RuntimeException e) {
            dropped(gen, "connect failed: " + e);
        }
    }

    private void opened(int gen, Session s) {
        if (closed || gen != generation) {
            s.close(1000, "superseded", Callback.NOOP);
            return;
        }
        session = s;
        Instant now = clock.instant();
        lastActivityNanos = System.nanoTime();
        for (String frame : handler.subscribeFrames()) s.sendText(frame, Callback.NOOP);
        emit(new ConnectionEvent.Connected(uri, now, attempt));
        if (everConnected) {
            Instant from = lastMessageAt != null ? lastMessageAt : disconnectedAt;
            emit(new ConnectionEvent.Gap(uri, now, from != null ? from : now, now));
        }
        everConnected = true;
        attempt = 0;
    }

    private void dropped(int gen, String reason) {
        if (gen != generation) return; // a socket we already replaced
        generation++;
        if (session != null) {
            session.disconnect();
            session = null;
        }
        disconnectedAt = clock.instant();
        emit(new ConnectionEvent.Disconnected(uri, disconnectedAt, reason));
        if (closed) return;
        Duration delay = settings.backoff(attempt + 1, ThreadLocalRandom.current().nextDouble());
        emit(new ConnectionEvent.Reconnecting(uri, clock.instant(), attempt + 1, delay));
        reconnectTask = scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkStale() {
        if (session == null || closed) return;
        long silentNanos = System.nanoTime() - lastActivityNanos;
        if (silentNanos > settings.staleAfter().toNanos()) {
            emit(new ConnectionEvent.Stale(uri, clock.instant(), Duration.ofNanos(silentNanos)));
            dropped(generation, "stale: no message for " + Duration.ofNanos(silentNanos).toMillis() + " ms");
        }
    }

    private void ping() {
        Session s = session;
        if (s != null && s.isOpen()) s.sendText(settings.pingText(), Callback.NOOP);
    }

    private void received(int gen, String text) {
        if (gen != generation) return;
        lastActivityNanos = System.nanoTime();
        Instant now = clock.instant();
        lastMessageAt = now;
        try {
            handler.onText(text, now);
        } catch (RuntimeException e) {
            // A handler bug must not kill the socket; the handler owns malformed-input reporting.
            log.error("feed handler failed on a message from {}", uri, e);
        }
    }

    private void emit(ConnectionEvent event) {
        try {
            handler.onConnectionEvent(event);
        } catch (RuntimeException e) {
            log.error("feed handler failed on {}", event, e);
        }
    }

    private void post(Runnable task) {
        if (!scheduler.isShutdown()) {
            try {
                scheduler.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // Closing: nothing left to do.
            }
        }
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) task.cancel(false);
    }

    /**
     * Socket callbacks for one connection attempt. Not API: public only because Jetty invokes
     * listener methods through public method handles.
     */
    public static final class Endpoint implements Session.Listener.AutoDemanding {
        private final FeedConnection owner;
        private final int gen;

        Endpoint(FeedConnection owner, int gen) {
            this.owner = owner;
            this.gen = gen;
        }

        @Override
        public void onWebSocketOpen(Session s) {
            owner.post(() -> owner.opened(gen, s));
        }

        @Override
        public void onWebSocketText(String text) {
            owner.received(gen, text);
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            String detail = reason == null || reason.isEmpty() ? "" : " " + reason;
            owner.post(() -> owner.dropped(gen, "closed " + statusCode + detail));
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            owner.post(() -> owner.dropped(gen, "error: " + cause));
        }
    }
}
