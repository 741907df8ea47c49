package io.polybot.strategy.intelligence.linking;

import io.polybot.core.wallet.WalletAddress;

/**
 * Why two wallets were linked.
 *
 * @param synchronisedTrades co-trades observed (same token and side within the window); 0 for a funding link
 * @param expectedByChance   co-trades two independent wallets would show at their activity
 * @param pValue             P(at least that many | chance), Poisson; 0 for a funding link
 * @param funder             the shared funder for a funding link, else null
 */
public record WalletLink(WalletAddress first, WalletAddress second, Reason reason, int synchronisedTrades,
                         double expectedByChance, double pValue, WalletAddress funder) {
    public enum Reason { SYNCHRONISED_TRADING, SHARED_FUNDING }
}
