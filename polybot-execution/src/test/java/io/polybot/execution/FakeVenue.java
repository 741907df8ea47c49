package io.polybot.execution;

import io.polybot.core.id.Ids;
import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderIntent;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A venue for tests: a fixed book, deterministic hashes, and a scripted answer per submit. */
final class FakeVenue implements Venue {
    OrderBookSnapshot book;
    Function<PreparedOrder, SubmitOutcome> answer;
    final List<PreparedOrder> submitted = new ArrayList<>();

    record Prepared(OrderHash hash, OrderIntent intent) implements PreparedOrder {}

    @Override public OrderBookSnapshot book(Market market, TokenId token) { return book; }

    @Override public PreparedOrder prepare(OrderIntent intent, Market market, Instant createdAt) {
        String h = Ids.hash("order", intent.signalId().value(), intent.size().toString(), Long.toString(createdAt.toEpochMilli()));
        return new Prepared(new OrderHash("0x" + h + h), intent);
    }

    @Override public SubmitOutcome submit(PreparedOrder order) {
        submitted.add(order);
        return answer.apply(order);
    }
}
