package io.polybot.sim.ws;

import io.javalin.websocket.WsContext;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One sender thread for a channel: engine callbacks arrive under the engine's lock, so they only
 * enqueue here, and a single writer keeps every connection's frames in the engine's order.
 */
final class SocketSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketSender.class);
    private static final long SEND_TIMEOUT_MS = 5_000;

    private final ExecutorService thread;

    SocketSender(String name) {
        thread = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name(name).unstarted(r));
    }

    /** Runs {@code task} on the sender thread, after everything enqueued before it. */
    void enqueue(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            // closed: no one is listening any more
        }
    }

    /** Sends one text frame and waits for it; a slow or dead client is dropped via {@code onFailure}. */
    void send(WsContext ctx, String text, Consumer<WsContext> onFailure) {
        try {
            Callback.Completable done = new Callback.Completable();
            ctx.session.sendText(text, done);
            done.get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.debug("dropping socket {}: {}", ctx.sessionId(), e.toString());
            onFailure.accept(ctx);
            ctx.closeSession();
        }
    }

    @Override public void close() { thread.shutdownNow(); }
}
