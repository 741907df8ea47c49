package io.polybot.sim.data;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.tape.ActivityRow;
import io.polybot.sim.tape.ActivityRows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One wallet's buys and sells per token, from the public tape: the cost basis behind its positions. */
final class Holdings {
    /** Running totals of one token. */
    static final class Flow {
        BigDecimal bought = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal sold = BigDecimal.ZERO;
        BigDecimal proceeds = BigDecimal.ZERO;
        long lastTrade;

        /** Average price paid; shares from a split (never bought) count at 0.5. */
        BigDecimal averagePrice() {
            return bought.signum() == 0 ? new BigDecimal("0.5") : cost.divide(bought, 6, RoundingMode.HALF_EVEN);
        }
    }

    private Holdings() {}

    static Map<TokenId, Flow> of(WalletAddress wallet, List<Trade> trades, ActivityRows rows) {
        Map<TokenId, Flow> flows = new LinkedHashMap<>();
        // The tape is newest first; totals do not care, but the last trade time does.
        for (Trade trade : trades) {
            for (ActivityRow row : rows.of(trade, wallet)) {
                Flow flow = flows.computeIfAbsent(new TokenId(row.asset()), t -> new Flow());
                BigDecimal notional = row.size().multiply(row.price());
                if (Side.valueOf(row.side()) == Side.BUY) {
                    flow.bought = flow.bought.add(row.size());
                    flow.cost = flow.cost.add(notional);
                } else {
                    flow.sold = flow.sold.add(row.size());
                    flow.proceeds = flow.proceeds.add(notional);
                }
                flow.lastTrade = Math.max(flow.lastTrade, row.timestamp());
            }
        }
        return flows;
    }
}
