package io.polybot.app.wallets;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.run.TradeHistory;
import io.polybot.strategy.intelligence.scoring.PriceHistory;
import io.polybot.strategy.intelligence.scoring.ScoringConfig;
import io.polybot.strategy.intelligence.scoring.TradePrints;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Would copying the top-scored wallets have paid, compared with copying everyone (ARCHITECTURE §10)?
 * The {@link CopyRanking} picks the top decile from the trades before a cutoff, with only the results
 * known by then; then each wallet's later buys (taker fills; see below for maker fills) are copied with one dollar each at the price a
 * follower could have paid (the last print within the detection delay after the wallet's trade,
 * else the wallet's own price) plus the taker fee r·(1 − p) per dollar.
 *
 * <p>Two measures of the same copies. <b>Realised</b>: markets that resolved pay 1/p or 0. A small
 * world's later half holds a handful of independent events, so the realised figure is mostly the
 * luck of those few results. <b>Expected</b>: the simulator knows each market's true probability q
 * (read by the evaluation only, never by scoring), so a copy is worth q/p − 1 − fee whether or not
 * its market has resolved yet: the same edge without the outcome lottery, over every later copy.
 *
 * <p>Two weightings of each. <b>Per wallet</b> (the target): every copied wallet gets the same budget, spread over
 * its copies, so the figure is what copying a wallet picked from the set earns; the all-wallets figure is then
 * what picking wallets blindly earns, the baseline a selection must beat. <b>Per copy</b>: every copied trade
 * counts once, so a bot on a clock with hundreds of buys in one market weighs as much as hundreds of wallets
 * and the figure measures that market's mispricing more than anyone's choice of wallets. The target is judged
 * on the expected figure per wallet; the others are reported beside it.
 *
 * @param rankedUnits followable units (wallets or linked groups) that had a score to rank
 * @param topUnits    units in the top decile; topWallets their wallets
 */
record CopyReturns(Instant cutoff, int rankedUnits, int topUnits, int topWallets,
                   Figure topExpected, Figure allExpected, Figure topRealised, Figure allRealised) {
    /**
     * One set of copies.
     *
     * @param perWallet mean over the copied wallets of each one's mean return per copied dollar, 6 decimals
     * @param perCopy   mean return per copied dollar over every copy, 6 decimals
     */
    record Figure(int copies, int wallets, int events, BigDecimal perWallet, BigDecimal perCopy) {}

    static final Duration DETECTION_DELAY = Duration.ofSeconds(5);

    /** @param yesProbability each market's true probability that its first outcome ("Yes") wins */
    static CopyReturns measure(TradeHistory full, CopyRanking ranking, ScoringConfig scoring, Map<ConditionId, BigDecimal> yesProbability) {
        Instant cutoff = ranking.cutoff();
        Set<WalletAddress> top = ranking.top();
        PriceHistory prints = TradePrints.of(full.all());
        Tally topExpected = new Tally(), allExpected = new Tally(), topRealised = new Tally(), allRealised = new Tally();
        for (WalletTrade trade : full.all()) {
            // A maker fill's price is its resting order's: a follower seeing the print can only take the other
            // side of the book, so copying it at the print would credit the follower with the maker's spread.
            if (trade.side() != Side.BUY || trade.eventTime().isBefore(cutoff) || full.makerIds().contains(trade.id())) continue;
            Market market = full.market(trade.market());
            if (market == null) continue;
            Price paid = prints.lastPrice(trade.token(), trade.eventTime(), trade.eventTime().plus(DETECTION_DELAY)).orElse(trade.price());
            BigDecimal p = paid.value();
            BigDecimal fee = scoring.takerFeeRate().multiply(BigDecimal.ONE.subtract(p));
            String event = market.eventSlug() == null || market.eventSlug().isBlank() ? market.conditionId().value() : market.eventSlug();
            boolean copied = top.contains(trade.wallet());
            BigDecimal yes = yesProbability.get(market.conditionId());
            var token = market.token(trade.token());
            if (yes != null && token.isPresent()) {
                BigDecimal q = token.get().outcomeIndex() == 0 ? yes : BigDecimal.ONE.subtract(yes);
                BigDecimal expected = q.divide(p, MathContext.DECIMAL64).subtract(BigDecimal.ONE).subtract(fee);
                allExpected.add(expected, trade.wallet(), event);
                if (copied) topExpected.add(expected, trade.wallet(), event);
            }
            if (market.status() != MarketStatus.RESOLVED || market.winningToken() == null) continue;
            BigDecimal payout = market.winningToken().equals(trade.token()) ? BigDecimal.ONE.divide(p, MathContext.DECIMAL64) : BigDecimal.ZERO;
            BigDecimal result = payout.subtract(BigDecimal.ONE).subtract(fee);
            allRealised.add(result, trade.wallet(), event);
            if (copied) topRealised.add(result, trade.wallet(), event);
        }
        return new CopyReturns(cutoff, ranking.ranked().size(), ranking.topUnits(), top.size(),
                topExpected.figure(), allExpected.figure(), topRealised.figure(), allRealised.figure());
    }

    /** The top decile beat copying everyone, in expectation and per wallet (the target), over at least one copy. */
    boolean topBeatsAll() { return topExpected.copies() > 0 && topExpected.perWallet().compareTo(allExpected.perWallet()) > 0; }

    /** Copies, their summed return overall and by wallet, and their events. */
    private static final class Tally {
        final Sum all = new Sum();
        final Map<WalletAddress, Sum> byWallet = new HashMap<>();
        final Set<String> events = new HashSet<>();

        void add(BigDecimal result, WalletAddress wallet, String event) {
            all.add(result);
            byWallet.computeIfAbsent(wallet, w -> new Sum()).add(result);
            events.add(event);
        }

        Figure figure() {
            BigDecimal walletMeans = BigDecimal.ZERO;
            for (Sum own : byWallet.values()) walletMeans = walletMeans.add(own.sum.divide(BigDecimal.valueOf(own.count), MathContext.DECIMAL64));
            return new Figure(all.count, byWallet.size(), events.size(), mean(walletMeans, byWallet.size()), mean(all.sum, all.count));
        }

        private static BigDecimal mean(BigDecimal sum, int count) {
            return count == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_EVEN);
        }
    }

    /** Returns added up, and how many. */
    private static final class Sum {
        BigDecimal sum = BigDecimal.ZERO;
        int count;

        void add(BigDecimal result) {
            sum = sum.add(result);
            count++;
        }
    }
}
