package io.polybot.sim.funding;

import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.MatchingEngine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Deposits collateral into wallets and keeps the transfer log (served as Data API {@code DEPOSIT}
 * activity and at {@code GET /sim/funding}). The world's wallets are only ever funded through here.
 */
public final class Funding {
    private final MatchingEngine engine;
    private final Clock clock;
    private final String salt;
    private final List<FundingTransfer> transfers = new ArrayList<>();

    /** @param salt makes this run's transaction hashes distinct (like the engine's id salt) */
    public Funding(MatchingEngine engine, Clock clock, String salt) {
        this.engine = engine;
        this.clock = clock;
        this.salt = salt;
    }

    /** Credits {@code amount} pUSD to {@code to}, sent by {@code from}, now. */
    public synchronized FundingTransfer deposit(WalletAddress from, WalletAddress to, BigDecimal amount) {
        FundingTransfer transfer = new FundingTransfer(from, to, amount, clock.now(), transactionHash(transfers.size()));
        engine.creditPusd(to, amount);
        transfers.add(transfer);
        return transfer;
    }

    /** Transfers into {@code to} (all transfers if empty), oldest first. */
    public synchronized List<FundingTransfer> transfers(Optional<WalletAddress> to) {
        return transfers.stream().filter(t -> to.map(t.to()::equals).orElse(true)).toList();
    }

    private String transactionHash(long n) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("funding\u001f" + salt + '\u001f' + n).getBytes(StandardCharsets.UTF_8));
            return "0x" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
