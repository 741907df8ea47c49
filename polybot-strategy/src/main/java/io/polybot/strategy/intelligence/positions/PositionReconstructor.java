package io.polybot.strategy.intelligence.positions;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletTrade;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rebuilds a wallet's positions from its trades and the markets' resolutions. Pure and exact.
 *
 * <p>Per token, trades are applied in event-time order: a BUY adds shares and cost; a SELL takes
 * shares off at the round's average cost (the proceeds are booked, the cost stays whole, so the
 * round's return is pnl / everything it paid). When the holding is back to zero the round is
 * CLOSED and the next buy opens a new one. A round still holding shares when its market is
 * RESOLVED is paid 1 per share of the winning token, 0 otherwise.
 *
 * <p>Sells of shares we never saw bought (split, transfer, a trade before our history) cannot
 * be priced; they are dropped and counted in {@link Result#unmatchedSellShares()}.
 */
public final class PositionReconstructor {
    private static final Comparator<WalletTrade> TIME_ORDER =
            Comparator.comparing(WalletTrade::eventTime).thenComparingInt(WalletTrade::occurrence).thenComparing(WalletTrade::id);

    private PositionReconstructor() {}

    /** The positions and what could not be matched. */
    public record Result(List<WalletPosition> positions, BigDecimal unmatchedSellShares) {
        public Result { positions = List.copyOf(positions); }
    }

    /**
     * @param trades  one wallet's trades, any order
     * @param markets the market of a condition id, or null when unknown (treated as unresolved)
     */
    public static Result reconstruct(List<WalletTrade> trades, Function<ConditionId, Market> markets) {
        Map<TokenId, List<WalletTrade>> byToken = new HashMap<>();
        for (WalletTrade trade : trades) byToken.computeIfAbsent(trade.token(), token -> new ArrayList<>()).add(trade);
        List<WalletPosition> positions = new ArrayList<>();
        BigDecimal unmatched = BigDecimal.ZERO;
        for (List<WalletTrade> tokenTrades : byToken.values()) {
            tokenTrades.sort(TIME_ORDER);
            unmatched = unmatched.add(replay(tokenTrades, markets.apply(tokenTrades.getFirst().market()), positions));
        }
        positions.sort(Comparator.comparing(WalletPosition::endedAt).thenComparing(WalletPosition::openedAt)
                .thenComparing(p -> p.token().value()));
        return new Result(positions, unmatched);
    }

    private static BigDecimal replay(List<WalletTrade> trades, Market market, List<WalletPosition> out) {
        Round round = null;
        BigDecimal unmatched = BigDecimal.ZERO;
        for (WalletTrade trade : trades) {
            BigDecimal shares = trade.size().shares();
            if (trade.side() == Side.BUY) {
                if (round == null) round = new Round(trade);
                round.buy(trade);
                continue;
            }
            BigDecimal held = round == null ? BigDecimal.ZERO : round.held;
            BigDecimal sold = shares.min(held);
            unmatched = unmatched.add(shares.subtract(sold));
            if (sold.signum() == 0) continue;
            round.sell(trade, sold);
            if (round.held.signum() == 0) {
                out.add(round.finish(market, WalletPosition.Status.CLOSED, trade.eventTime(), BigDecimal.ZERO));
                round = null;
            }
        }
        if (round != null) {
            boolean resolved = market != null && market.status() == MarketStatus.RESOLVED && market.winningToken() != null;
            if (resolved) {
                BigDecimal payoutPerShare = market.winningToken().equals(round.first.token()) ? BigDecimal.ONE : BigDecimal.ZERO;
                Instant end = market.endDate() != null && market.endDate().isAfter(round.last) ? market.endDate() : round.last;
                out.add(round.finish(market, WalletPosition.Status.RESOLVED, end, round.held.multiply(payoutPerShare)));
            } else {
                out.add(round.finish(market, WalletPosition.Status.OPEN, round.last, BigDecimal.ZERO));
            }
        }
        return unmatched;
    }

    /** The round being built; mutable only inside {@link #replay}. */
    private static final class Round {
        final WalletTrade first;
        Instant last;
        BigDecimal bought = BigDecimal.ZERO;
        BigDecimal held = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal proceeds = BigDecimal.ZERO;
        BigDecimal feeBase = BigDecimal.ZERO;
        int trades;

        Round(WalletTrade first) {
            this.first = first;
            this.last = first.eventTime();
        }

        void buy(WalletTrade trade) {
            BigDecimal notional = trade.notional().amount();
            bought = bought.add(trade.size().shares());
            held = held.add(trade.size().shares());
            cost = cost.add(notional);
            count(trade, notional);
        }

        void sell(WalletTrade trade, BigDecimal shares) {
            BigDecimal notional = trade.price().value().multiply(shares);
            held = held.subtract(shares);
            proceeds = proceeds.add(notional);
            count(trade, notional);
        }

        private void count(WalletTrade trade, BigDecimal notional) {
            feeBase = feeBase.add(notional.multiply(trade.price().upside()));
            last = trade.eventTime();
            trades++;
        }

        WalletPosition finish(Market market, WalletPosition.Status status, Instant end, BigDecimal payout) {
            String event = market != null && market.eventSlug() != null && !market.eventSlug().isBlank()
                    ? market.eventSlug() : first.market().value();
            return new WalletPosition(first.wallet(), first.market(), first.token(), event, status, first.eventTime(), end,
                    new Size(bought), new Usd(cost), new Usd(proceeds), new Usd(payout), new Size(held), feeBase, trades);
        }
    }
}
