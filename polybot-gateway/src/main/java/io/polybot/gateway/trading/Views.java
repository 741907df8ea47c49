package io.polybot.gateway.trading;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.gateway.api.JsonValues;
import io.polybot.store.repo.RiskDecisionRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The shapes of the trading lists: the stored values with what the dashboard adds to them. */
public final class Views {
    private Views() {}

    /** The risk check's verdict on a signal; {@code code} is {@value #APPROVED} for an approval. */
    public record DecisionView(boolean approved, String code, String detail, Map<String, Object> figures, Instant decidedAt) {
        static final String APPROVED = "APPROVED";

        static DecisionView of(RiskDecisionRecord r) {
            return new DecisionView(r.approved(), r.code() == null ? (r.approved() ? APPROVED : "DENIED") : r.code(), r.detail(),
                    JsonValues.natural(r.figures()), r.decidedAt());
        }
    }

    /** The payload of a {@code risk-decision} frame. */
    public record DecisionEvent(String signalId, boolean approved, String code, String detail, Map<String, Object> figures, Instant decidedAt) {
        public static DecisionEvent of(RiskDecisionRecord r) {
            DecisionView v = DecisionView.of(r);
            return new DecisionEvent(r.signalId().value(), v.approved(), v.code(), v.detail(), v.figures(), v.decidedAt());
        }
    }

    public record SignalView(SignalId id, String strategy, ConditionId market, TokenId token, String outcome, Side side,
                             BigDecimal referencePrice, BigDecimal triggerNotional, String reason, Map<String, String> provenance,
                             Instant createdAt, DecisionView decision) {
        static SignalView of(Signal s, RiskDecisionRecord decision) {
            return new SignalView(s.id(), s.strategy(), s.market(), s.token(), s.outcome(), s.side(), s.referencePrice().value(),
                    s.triggerNotional() == null ? null : s.triggerNotional().amount(), s.reason(), s.provenance(), s.createdAt(),
                    decision == null ? null : DecisionView.of(decision));
        }
    }

    public record SignalDetail(SignalId id, String strategy, ConditionId market, TokenId token, String outcome, Side side,
                               BigDecimal referencePrice, BigDecimal triggerNotional, String reason, Map<String, String> provenance,
                               Instant createdAt, DecisionView decision, List<OrderView> orders) {
        static SignalDetail of(SignalView s, List<OrderView> orders) {
            return new SignalDetail(s.id(), s.strategy(), s.market(), s.token(), s.outcome(), s.side(), s.referencePrice(), s.triggerNotional(),
                    s.reason(), s.provenance(), s.createdAt(), s.decision(), orders);
        }
    }

    /**
     * @param referencePrice the signal's reference price, null when the signal is not stored
     * @param slippage       fill VWAP minus the reference, signed so that positive is worse for us; null before a fill
     */
    public record OrderView(OrderHash hash, SignalId signalId, ConditionId market, TokenId token, Side side, BigDecimal price,
                            BigDecimal size, BigDecimal filled, OrderStatus status, TimeInForce timeInForce, String statusReason,
                            Instant createdAt, Instant updatedAt, BigDecimal referencePrice, BigDecimal slippage) {
        static OrderView of(Order o, BigDecimal referencePrice, BigDecimal slippage) {
            return new OrderView(o.hash(), o.signalId(), o.market(), o.token(), o.side(), o.price().value(), o.size().shares(),
                    o.filled().shares(), o.status(), o.timeInForce(), o.statusReason(), o.createdAt(), o.updatedAt(), referencePrice, slippage);
        }
    }

    public record Transition(String status, Instant at, String reason) {}

    public record OrderDetail(OrderView order, List<Transition> timeline, List<io.polybot.core.order.Fill> fills) {}

    /**
     * @param markPrice     the price the position is valued at where known (today: 1 or 0 once its market resolved)
     * @param unrealizedPnl value at the mark minus cost, where the mark is known
     */
    public record PositionView(ConditionId market, TokenId token, String outcome, BigDecimal size, BigDecimal costBasis,
                               BigDecimal realizedPnl, BigDecimal fees, Instant updatedAt, BigDecimal markPrice, BigDecimal unrealizedPnl,
                               String category, String question) {}
}
