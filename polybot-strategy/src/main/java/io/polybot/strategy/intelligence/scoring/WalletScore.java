package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A wallet's track record at one moment: the sample it rests on and the figures that say
 * whether copying it pays. Ratios are rounded to 6 decimals.
 *
 * @param trades                 every trade considered
 * @param positions              finished positions in the sample (the n of the win rates)
 * @param independentEvents      distinct events among them: markets of one event settle together, so this,
 *                               not {@code positions}, is the honest sample size (ARCHITECTURE §10)
 * @param lifetime               win rate over the whole sample, with its Wilson interval
 * @param rolling                win rate over the last N finished positions
 * @param averageEntryPrice      cost-weighted entry price of the sample: Σ cost / Σ shares bought
 * @param sharpe                 mean / sample standard deviation of per-position returns (not annualised)
 * @param kelly                  f* = (q − p)/(1 − p) with q the lifetime win rate and p the average entry price
 * @param expectedValuePerDollar realised (Σ pnl − taker fees) / Σ cost: what a follower paying taker fees made per dollar
 * @param realisedPnl            Σ pnl of the sample, before fees
 * @param markout1h              average favourable price move 1 h after the wallet's trades
 * @param markout24h             the same after 24 h
 * @param decayed                rolling win rate more than the decay margin below the lifetime one
 * @param score                  conservative edge per share net of fees: Wilson lower bound − p − feeRate·p(1 − p)
 *                               (dollars a share would make if the wallet's true win rate were its 95% lower bound)
 * @param linkedGroup            when scored as a linked group, the group's id (its wallets' trades pooled); else null
 */
public record WalletScore(WalletAddress wallet, Instant computedAt, int trades, int positions, int independentEvents,
                          WinRate lifetime, WinRate rolling, BigDecimal averageEntryPrice, BigDecimal sharpe, BigDecimal kelly,
                          BigDecimal expectedValuePerDollar, Usd realisedPnl, Markout markout1h, Markout markout24h,
                          boolean decayed, BigDecimal score, String linkedGroup) {
    public WalletScore {
        if (wallet == null || computedAt == null || lifetime == null || rolling == null || markout1h == null || markout24h == null)
            throw new IllegalArgumentException("wallet score is missing a required field");
    }

    /** The same score for another member of the linked group it was computed for. */
    public WalletScore forMember(WalletAddress member, String group) {
        return new WalletScore(member, computedAt, trades, positions, independentEvents, lifetime, rolling, averageEntryPrice,
                sharpe, kelly, expectedValuePerDollar, realisedPnl, markout1h, markout24h, decayed, score, group);
    }
}
