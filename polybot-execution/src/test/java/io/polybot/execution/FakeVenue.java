package io.polybot.execution;

import io.polybot.core.id.Ids;
import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderIntent;
import io.polybot.execution.venue.CancelAllResult;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A venue for tests: a fixed book (or a venue that is down), deterministic hashes, a scripted
 * answer per submit, and the orders it accepted as LIVE resting until a cancel-all.
 */
public final class FakeVenue implements Venue {
    public volatile OrderBookSnapshot book;
    public volatile boolean down;
    volatile Function<PreparedOrder, SubmitOutcome> answer;
    final List<PreparedOrder> submitted = new CopyOnWriteArrayList<>();
    final Set<OrderHash> resting = ConcurrentHashMap.newKeySet();
    final AtomicInteger cancelAllCalls = new AtomicInteger();

    record Prepared(OrderHash hash, OrderIntent intent) implements PreparedOrder {}

    @Override public OrderBookSnapshot book(Market market, TokenId token) {
        if (down) throw new VenueException("could not read the book of " + token + ": connection refused");
        return book;
    }

    @Override public PreparedOrder prepare(OrderIntent intent, Market market, Instant createdAt) {
        String h = Ids.hash("order", intent.signalId().value(), intent.size().toString(), Long.toString(createdAt.toEpochMilli()));
        return new Prepared(new OrderHash("0x" + h + h), intent);
    }

    @Override public SubmitOutcome submit(PreparedOrder order) {
        submitted.add(order);
        SubmitOutcome outcome = answer.apply(order);
        if (outcome instanceof SubmitOutcome.Accepted a && a.status() == SubmitOutcome.VenueOrderStatus.LIVE) resting.add(a.hash());
        return outcome;
    }

    @Override public CancelAllResult cancelAll() {
        cancelAllCalls.incrementAndGet();
        if (down) throw new VenueException("cancel-all failed: connection refused");
        CancelAllResult result = new CancelAllResult(Set.copyOf(resting), Map.of());
        resting.clear();
        return result;
    }
}
