package io.polybot.execution.order;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.execution.crash.CrashPoints;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.Venue.PreparedOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Puts recorded orders on the wire without making the signal path wait for the venue's answer
 * (issue 6, item 11: 1,000 whale trades a second cannot queue behind one round trip each). Each
 * order is sent on its own virtual thread; the answers are applied one at a time, in the order they
 * come back, on one thread ({@code order-answers}), under the caller's order-writer lock.
 *
 * <p>Until its answer is applied an order is <em>pending</em>: {@link #pendingCost()} lets risk count
 * it as held at its worst cost (limit price times size), so a burst of signals cannot spend the
 * same room twice, and the kill switch waits for the pending ones ({@link #awaitApplied}) before
 * its cancel-all, so nothing of ours goes live after it.
 */
public final class OrderSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OrderSender.class);

    /** An order sent and not yet applied: its token and the most it can cost. */
    private record Pending(TokenId token, Usd worstCost) {}

    private final Venue venue;
    private final ExecutorService wire = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("order-send-", 0).factory());
    private final ExecutorService answers = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("order-answers").daemon().factory());
    /** Guards {@code pending}; waiters are woken whenever an order leaves it. */
    private final Object lock = new Object();
    private final Map<OrderHash, Pending> pending = new HashMap<>();

    public OrderSender(Venue venue) { this.venue = venue; }

    /**
     * Sends {@code prepared} (already stored as {@code order}) and later hands its outcome to
     * {@code onAnswer} on the answers thread. A venue call that throws counts as no answer
     * ({@link SubmitOutcome.Unknown}): the order is never re-signed, the reconciler resolves it by hash.
     */
    public void send(PreparedOrder prepared, Order order, Consumer<SubmitOutcome> onAnswer) {
        Usd worst = order.side() == Side.BUY ? order.price().notional(order.size()) : Usd.ZERO;
        synchronized (lock) {
            pending.put(order.hash(), new Pending(order.token(), worst));
        }
        try {
            wire.execute(() -> answer(prepared, submit(prepared), onAnswer));
        } catch (RejectedExecutionException e) {
            // Closing: the order row says SUBMITTED and the reconciler asks the venue about it at the next start.
            applied(order.hash());
            log.warn("order {} was recorded but not sent: execution is closing", order.hash());
        }
    }

    private SubmitOutcome submit(PreparedOrder prepared) {
        try {
            return venue.submit(prepared);
        } catch (RuntimeException e) {
            return new SubmitOutcome.Unknown(prepared.hash(), "the venue call failed: " + e);
        }
    }

    private void answer(PreparedOrder prepared, SubmitOutcome outcome, Consumer<SubmitOutcome> onAnswer) {
        CrashPoints.reach(CrashPoints.ORDER_SUBMITTED);
        answers.execute(() -> {
            try {
                onAnswer.accept(outcome);
            } catch (RuntimeException e) {
                // The order row stays as stored; the order feed's polling and the reconciler finish it.
                log.error("could not apply the venue's answer for order {}: {}", prepared.hash(), e.toString(), e);
            } finally {
                applied(prepared.hash());
            }
        });
    }

    private void applied(OrderHash hash) {
        synchronized (lock) {
            pending.remove(hash);
            lock.notifyAll();
        }
    }

    /** What every order sent and not yet applied may still cost, per token (buys at their limit; sells nothing). */
    public Map<TokenId, Usd> pendingCost() {
        Map<TokenId, Usd> cost = new HashMap<>();
        synchronized (lock) {
            for (Pending p : pending.values()) cost.merge(p.token(), p.worstCost(), Usd::plus);
        }
        return cost;
    }

    /** Waits until every order sent so far has been answered and its answer applied, at most {@code timeout}; whether it has. */
    public boolean awaitApplied(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** Stops sending, then lets the orders already sent come back and be applied (at most {@code timeout}). */
    public void close(Duration timeout) {
        wire.shutdown();
        awaitApplied(timeout);
        answers.shutdown();
        try {
            answers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override public void close() { close(Duration.ofSeconds(30)); }
}
