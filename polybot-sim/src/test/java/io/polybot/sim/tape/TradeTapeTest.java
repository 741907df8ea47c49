package io.polybot.sim.tape;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.Trade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class TradeTapeTest {
    private static final List<WalletAddress> WALLETS = List.of(wallet(1), wallet(2), wallet(3), wallet(4), wallet(5));
    private static final List<String> KEYS = List.of("key-a", "key-b", "");
    private static final TokenId TOKEN = new TokenId("123");

    @Test
    void aPartysTradesAreWhatScanningTheWholeTapeFinds() {
        TradeTape tape = new TradeTape(10_000);
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) tape.onTrade(trade(i, random));

        for (WalletAddress wallet : WALLETS)
            assertThat(tape.findInvolving(wallet, t -> t.involves(wallet), 0, Integer.MAX_VALUE))
                    .isNotEmpty()
                    .isEqualTo(tape.find(t -> t.involves(wallet), 0, Integer.MAX_VALUE));
        // An account: its wallet or one of its API keys on either side, newest first, paged like the scan.
        Predicate<Trade> account = t -> t.involves(WALLETS.get(0)) || "key-a".equals(t.takerOwner())
                || t.makerFills().stream().anyMatch(f -> "key-a".equals(f.owner()));
        assertThat(tape.findInvolving(List.of(WALLETS.get(0)), List.of("key-a"), account, 25, 40))
                .hasSize(40)
                .isEqualTo(tape.find(account, 25, 40));
    }

    @Test
    void theOldestTradesLeaveThePartiesListsWithTheTape() {
        TradeTape tape = new TradeTape(100);
        Random random = new Random(11);
        for (int i = 0; i < 1_000; i++) tape.onTrade(trade(i, random));

        assertThat(tape.size()).isEqualTo(100);
        for (WalletAddress wallet : WALLETS)
            assertThat(tape.findInvolving(wallet, t -> true, 0, Integer.MAX_VALUE))
                    .isEqualTo(tape.find(t -> t.involves(wallet), 0, Integer.MAX_VALUE))
                    .allSatisfy(t -> assertThat(t.sequence()).isGreaterThanOrEqualTo(900));
    }

    private static Trade trade(int sequence, Random random) {
        WalletAddress taker = WALLETS.get(random.nextInt(WALLETS.size()));
        WalletAddress maker = WALLETS.get(random.nextInt(WALLETS.size()));
        String takerKey = KEYS.get(random.nextInt(KEYS.size()));
        String makerKey = KEYS.get(random.nextInt(KEYS.size()));
        BigDecimal size = BigDecimal.TEN;
        BigDecimal price = new BigDecimal("0.5");
        return new Trade("t" + sequence, sequence, new ConditionId("0x" + "a".repeat(64)), TOKEN, "Yes", 0, Side.BUY, size,
                size.multiply(price), "o" + sequence, taker, takerKey,
                List.of(new MakerFill("m" + sequence, maker, makerKey, Side.SELL, price, size, TOKEN)), Instant.EPOCH.plusSeconds(sequence),
                "0x" + sequence, BigDecimal.ZERO);
    }

    private static WalletAddress wallet(int n) { return new WalletAddress("0x" + String.format("%040x", n)); }
}
