package io.polybot.execution.order;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.time.Clock;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.SubmitOutcome.Accepted;
import io.polybot.execution.venue.SubmitOutcome.Rejected;
import io.polybot.execution.venue.SubmitOutcome.Unknown;
import io.polybot.execution.venue.Venue.PreparedOrder;
import io.polybot.store.repo.FillRepository;
import io.polybot.store.repo.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * Owns our orders' state: every transition goes through {@link OrderStateMachine}, is persisted,
 * then announced on {@code orders.events}. Single writer: called from execution's one consumer.
 */
public final class OrderTracker {
    private static final Logger log = LoggerFactory.getLogger(OrderTracker.class);
    static final String SOURCE = "execution.orders";
    /** Less than the venue's share precision (2 decimals): what is left below it counts as filled. */
    static final BigDecimal DUST = new BigDecimal("0.01");

    private final OrderRepository orders;
    private final FillRepository fills;
    private final PositionBook positions;
    private final MessageBus bus;
    private final Clock clock;

    public OrderTracker(OrderRepository orders, FillRepository fills, PositionBook positions, MessageBus bus, Clock clock) {
        this.orders = orders;
        this.fills = fills;
        this.positions = positions;
        this.bus = bus;
        this.clock = clock;
    }

    /**
     * Records the prepared order (NEW, then SUBMITTED) before it is sent. Empty when an order for
     * this signal or hash already exists: the signal has been acted on.
     */
    public Optional<Order> beforeSubmit(PreparedOrder prepared, Instant createdAt) {
        var intent = prepared.intent();
        Order order = new Order(prepared.hash(), intent.signalId(), intent.market(), intent.token(), intent.side(),
                intent.limitPrice(), intent.size(), Size.ZERO, OrderStatus.NEW, intent.timeInForce(), null, createdAt, clock.now());
        if (!orders.insertIfAbsent(order)) return Optional.empty();
        return Optional.of(transition(order, OrderEvent.SUBMIT, Size.ZERO, null));
    }

    /** Applies what the venue said to the submitted order. */
    public Order onOutcome(Order order, SubmitOutcome outcome, String outcomeName) {
        return switch (outcome) {
            case Accepted a -> onAccepted(order, a, outcomeName);
            case Rejected r -> transition(order, OrderEvent.VENUE_REJECT, order.filled(), r.message());
            // Never re-sign: the reconciler resolves it by hash.
            case Unknown u -> transition(order, OrderEvent.NO_ANSWER, order.filled(), u.cause());
        };
    }

    private Order onAccepted(Order order, Accepted accepted, String outcomeName) {
        Order current = switch (accepted.status()) {
            case LIVE -> transition(order, OrderEvent.VENUE_ACK, order.filled(), null);
            case MATCHED -> transition(order, OrderEvent.VENUE_MATCHED, order.filled(), null);
            case DELAYED -> transition(order, OrderEvent.VENUE_DELAYED, order.filled(), null);
        };
        if (accepted.filled().isZero()) return current;
        Fill fill = new Fill(tradeId(accepted), order.hash(), order.market(), order.token(), order.side(),
                new Price(accepted.filledNotional().amount().divide(accepted.filled().shares(), new MathContext(12, RoundingMode.HALF_EVEN))),
                accepted.filled(), null, clock.now());
        if (!fills.insertIfAbsent(fill)) return current; // seen before: a replayed answer
        positions.apply(fill, outcomeName);
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, fill.eventTime(), clock.now(), fill));
        Size filled = current.filled().plus(fill.size());
        if (current.size().minus(filled.min(current.size())).shares().compareTo(DUST) < 0)
            return transition(current, OrderEvent.FULL_FILL, filled, null);
        Order partial = transition(current, OrderEvent.PARTIAL_FILL, filled, null);
        // An immediate order's unfilled rest is killed by the venue at once.
        return order.timeInForce().immediate() ? transition(partial, OrderEvent.CANCEL, filled, "unfilled remainder of " + order.timeInForce() + " order") : partial;
    }

    /**
     * The venue confirmed it cancelled the order (cancel-all of the kill switch). Empty when the
     * order's state cannot take a cancel (already terminal, or never acknowledged).
     */
    public Optional<Order> onCancelledAtVenue(Order order, String reason) {
        if (!OrderStateMachine.accepts(order.status(), OrderEvent.CANCEL)) {
            log.warn("venue cancelled order {} which is {}; left for the reconciler", order.hash(), order.status());
            return Optional.empty();
        }
        return Optional.of(transition(order, OrderEvent.CANCEL, order.filled(), reason));
    }

    private static String tradeId(Accepted accepted) {
        return accepted.tradeIds().isEmpty() ? accepted.hash().value() + ":placement" : String.join(",", accepted.tradeIds());
    }

    private Order transition(Order order, OrderEvent event, Size filled, String reason) {
        OrderStatus next = OrderStateMachine.next(order.status(), event);
        Order updated = order.with(next, filled, reason, clock.now());
        orders.update(updated);
        log.info("order {} {} -> {}{}", order.hash(), order.status(), next, reason == null ? "" : " (" + reason + ")");
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, updated.updatedAt(), clock.now(), updated));
        return updated;
    }
}
