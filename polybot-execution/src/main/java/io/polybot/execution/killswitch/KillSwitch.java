package io.polybot.execution.killswitch;

import io.polybot.core.order.Order;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.order.OrderSender;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.venue.CancelAllResult;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueException;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * The kill switch's venue layer (ARCHITECTURE §5). The first layer, local HALTED, is the
 * {@link TradingSwitch}; when it halts, this cancels every order of the account at the venue and
 * marks ours CANCELLED as the venue confirms. The third layer, the venue's dead-man, needs nothing
 * here: {@link VenueHeartbeat} stops beating while halted.
 */
public final class KillSwitch {
    private static final Logger log = LoggerFactory.getLogger(KillSwitch.class);
    public static final int CANCEL_ATTEMPTS = 3;
    /** How long the cancel-all waits for the orders sent to be answered and applied; past it, it cancels what the venue holds now. */
    static final Duration ON_THE_WIRE_WAIT = Duration.ofSeconds(5);

    private final Venue venue;
    private final OrderTracker tracker;
    private final OrderRepository orders;
    private final AuditLogRepository audit;
    private final OrderSender sender;
    private final Lock orderWriter;

    /** @param orderWriter held while order state changes: signal handling and the kill switch take turns (one writer) */
    public KillSwitch(Venue venue, OrderTracker tracker, OrderRepository orders, AuditLogRepository audit, OrderSender sender,
                      Lock orderWriter) {
        this.venue = venue;
        this.tracker = tracker;
        this.orders = orders;
        this.audit = audit;
        this.sender = sender;
        this.orderWriter = orderWriter;
    }

    /** A {@link TradingSwitch} listener: acts when trading becomes HALTED. */
    public void onStateChange(TradingSwitch.Current current) {
        if (current.state() == TradingState.HALTED) cancelEverything(current.by(), current.reason());
    }

    /**
     * Cancels all at the venue and applies what it confirms. Trading is HALTED already, so once the
     * signal being handled lets go of the writer lock no order can be sent. The orders already sent
     * are waited for until their answers are applied (at most {@link #ON_THE_WIRE_WAIT}): one the venue
     * takes as resting is then in the store as LIVE when the cancel-all's confirmation is applied, not
     * still SUBMITTED, which a cancel cannot move. Runs on the control consumer, never on the sender's
     * answers thread (whose answers it waits for).
     */
    public Optional<CancelAllResult> cancelEverything(String actor, String reason) {
        orderWriter.lock();
        orderWriter.unlock();
        if (!sender.awaitApplied(ON_THE_WIRE_WAIT))
            log.warn("kill switch: orders sent still unanswered after {}; cancelling what the venue holds now", ON_THE_WIRE_WAIT);
        tracker.awaitStored(); // every order recorded is a row to mark once the venue confirms
        orderWriter.lock();
        try {
            Optional<CancelAllResult> result = cancelAllAtVenue();
            if (result.isEmpty()) {
                audit.record(actor, "killswitch.cancel-all.failed", "venue unreachable after " + CANCEL_ATTEMPTS
                        + " attempts; the venue's heartbeat dead-man is the remaining layer (" + reason + ")");
                return result;
            }
            int marked = 0;
            for (Order order : orders.open()) {
                if (result.get().cancelled().contains(order.hash())) {
                    if (tracker.onCancelledAtVenue(order, "cancelled by the kill switch: " + reason).isPresent()) marked++;
                } else if (result.get().notCancelled().containsKey(order.hash())) {
                    log.warn("venue did not cancel order {}: {}", order.hash(), result.get().notCancelled().get(order.hash()));
                }
            }
            String detail = "venue cancelled " + result.get().cancelled().size() + " orders (" + marked + " of ours marked CANCELLED), "
                    + result.get().notCancelled().size() + " not cancelled: " + reason;
            log.warn("kill switch: {}", detail);
            audit.record(actor, "killswitch.cancel-all", detail);
            return result;
        } finally {
            orderWriter.unlock();
        }
    }

    private Optional<CancelAllResult> cancelAllAtVenue() {
        for (int attempt = 1; attempt <= CANCEL_ATTEMPTS; attempt++) {
            try {
                return Optional.of(venue.cancelAll());
            } catch (VenueException e) {
                log.error("kill switch: cancel-all attempt {} of {} failed: {}", attempt, CANCEL_ATTEMPTS, e.getMessage());
            }
        }
        return Optional.empty();
    }
}
