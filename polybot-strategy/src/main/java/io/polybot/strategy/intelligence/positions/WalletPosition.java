package io.polybot.strategy.intelligence.positions;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Decimals;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * One round trip of a wallet in one outcome token, rebuilt from its trades: opened by a buy from
 * a flat holding, ended by selling back to flat ({@link Status#CLOSED}) or by the market
 * resolving while shares were still held ({@link Status#RESOLVED}). All money is exact.
 *
 * <p>Named {@code WalletPosition} so it is never confused with our own {@code core.position.Position}.
 *
 * @param eventKey    the event the market belongs to (Gamma event slug, else the condition id):
 *                    markets of one event settle together, so they are one independent unit (ARCHITECTURE §10)
 * @param boughtShares every share bought in this round
 * @param cost        what those shares cost (Σ price·size of the buys)
 * @param proceeds    what sells brought in
 * @param payout      redemption value at resolution: 1 per share held of the winning token, 0 otherwise
 * @param heldAtEnd   shares still held when the round ended (or now, when OPEN)
 * @param feeBase     Σ notional·(1 − price) over the round's trades; a taker pays feeRate × this
 *                    (fee share of notional = feeRate·(1 − p), ARCHITECTURE §4)
 * @param endedAt     last sell for CLOSED; the market's end date (if later than the last trade) for RESOLVED
 */
public record WalletPosition(WalletAddress wallet, ConditionId market, TokenId token, String eventKey, Status status,
                             Instant openedAt, Instant endedAt, Size boughtShares, Usd cost, Usd proceeds, Usd payout,
                             Size heldAtEnd, BigDecimal feeBase, int trades) {
    /** Division precision for ratios of exact amounts: 16 significant digits (IEEE decimal64). */
    public static final MathContext RATIO = MathContext.DECIMAL64;

    /** How the round ended. */
    public enum Status {
        /** Still held in a market that has not resolved: no result yet. */
        OPEN,
        /** Sold back to flat before resolution. */
        CLOSED,
        /** Held (at least partly) until the market resolved. */
        RESOLVED
    }

    public WalletPosition {
        if (wallet == null || market == null || token == null || status == null || openedAt == null || endedAt == null)
            throw new IllegalArgumentException("position is missing a required field");
        if (boughtShares.isZero()) throw new IllegalArgumentException("a position starts with a buy");
        feeBase = Decimals.normalise(feeBase);
    }

    /** Realised profit: proceeds + payout − cost (meaningless while OPEN). */
    public Usd pnl() { return proceeds.plus(payout).minus(cost); }

    /** Realised return per dollar risked: pnl / cost. */
    public BigDecimal returnOnCost() { return pnl().amount().divide(cost.amount(), RATIO); }

    /** Average entry price: cost / shares bought. */
    public BigDecimal averageEntryPrice() { return cost.amount().divide(boughtShares.shares(), RATIO); }

    /** A win is a round that made money. */
    public boolean won() { return status != Status.OPEN && pnl().amount().signum() > 0; }

    public boolean finished() { return status != Status.OPEN; }

    /** Taker fees a follower copying every trade of this round would have paid at {@code feeRate}. */
    public Usd takerFees(BigDecimal feeRate) { return new Usd(feeBase.multiply(feeRate)); }
}
