package io.polybot.strategy.whale;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import static io.polybot.strategy.StrategyFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class WhaleCopyStrategyTest {

    final Set<WalletAddress> listed = new HashSet<>(Set.of(WHALE));
    final Whitelist whitelist = new Whitelist(() -> listed);
    final WhaleCopyStrategy strategy = new WhaleCopyStrategy(new WhaleCopyConfig(Usd.of("10000"), new BigDecimal("0.95")),
            whitelist, new SimulatedClock(T));

    @Test void copiesAWhitelistedWhalesBuyOfTenThousandDollars() {
        WalletTrade trade = trade(WHALE, Side.BUY, "0.5", "20000");
        Signal signal = strategy.onTrade(trade).orElseThrow();
        assertThat(signal.id()).isEqualTo(SignalId.of(WhaleCopyStrategy.NAME, trade.id()));
        assertThat(signal.side()).isEqualTo(Side.BUY);
        assertThat(signal.token()).isEqualTo(new TokenId("777"));
        assertThat(signal.referencePrice()).isEqualTo(Price.of("0.5"));
        assertThat(signal.triggerNotional()).isEqualTo(Usd.of("10000"));
        assertThat(signal.provenance()).containsEntry("wallet", WHALE.value()).containsEntry("tradeId", trade.id())
                .containsEntry("whaleNotional", "10000").containsEntry("mode", "single-whale");
        assertThat(signal.reason()).isEqualTo("whitelisted whale " + WHALE.value() + " bought $10000.00 of Yes at 0.5");
    }

    @Test void sameTradeAlwaysGivesTheSameSignalId() {
        WalletTrade trade = trade(WHALE, Side.BUY, "0.5", "20000");
        assertThat(strategy.onTrade(trade).orElseThrow().id()).isEqualTo(strategy.onTrade(trade).orElseThrow().id());
    }

    @Test void ignoresTradesBelowTheWhaleNotional() {
        assertThat(strategy.onTrade(trade(WHALE, Side.BUY, "0.5", "19999.98"))).isEmpty();
    }

    @Test void ignoresWalletsNotOnTheWhitelist() {
        assertThat(strategy.onTrade(trade(MINNOW, Side.BUY, "0.5", "50000"))).isEmpty();
    }

    @Test void followsWhitelistChangesAfterRefresh() {
        listed.add(MINNOW);
        assertThat(strategy.onTrade(trade(MINNOW, Side.BUY, "0.5", "50000"))).isEmpty();
        whitelist.refresh();
        assertThat(strategy.onTrade(trade(MINNOW, Side.BUY, "0.5", "50000"))).isPresent();
    }

    @Test void doesNotCopySells() {
        assertThat(strategy.onTrade(trade(WHALE, Side.SELL, "0.5", "50000"))).isEmpty();
    }

    @Test void doesNotCopyWhenUnderFiveCentsOfUpsideRemain() {
        assertThat(strategy.onTrade(trade(WHALE, Side.BUY, "0.96", "50000"))).isEmpty();
    }
}
