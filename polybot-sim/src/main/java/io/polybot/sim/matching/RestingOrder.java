package io.polybot.sim.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The engine's mutable record of one order; only {@link MatchingEngine} changes it, under its lock. */
final class RestingOrder {
    final OrderRequest request;
    final TokenRules rules;
    final Instant createdAt;
    BigDecimal matched = BigDecimal.ZERO;
    OrderState state = OrderState.LIVE;
    final List<String> tradeIds = new ArrayList<>();

    RestingOrder(OrderRequest request, TokenRules rules, Instant createdAt) {
        this.request = request;
        this.rules = rules;
        this.createdAt = createdAt;
    }

    String id() { return request.orderId(); }

    BigDecimal price() { return request.price(); }

    BigDecimal remaining() { return request.size().subtract(matched); }

    OpenOrder view() {
        OrderRequest r = request;
        return new OpenOrder(r.orderId(), r.account(), r.owner(), rules.market(), r.token(), rules.outcome(), r.side(),
                r.price(), r.size(), matched, r.timeInForce(), state, createdAt, tradeIds, r.expiration());
    }
}
