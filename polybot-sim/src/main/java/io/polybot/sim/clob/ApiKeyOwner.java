package io.polybot.sim.clob;

import io.polybot.core.wallet.WalletAddress;
import io.polybot.polymarket.auth.ApiCredentials;

/** An API key and the wallet (the L1 signer) it belongs to. */
public record ApiKeyOwner(WalletAddress address, long nonce, ApiCredentials credentials) {
    public String apiKey() { return credentials.apiKey(); }
}
