package io.polybot.strategy;

import io.polybot.core.bus.Envelope;
import io.polybot.core.control.StrategyChange;
import io.polybot.core.money.Usd;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.strategy.whale.WhaleCopyConfig;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LiveParametersTest {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    static final WalletAddress WHALE = new WalletAddress("0x" + "1".repeat(40));

    final AtomicReference<Set<WalletAddress>> stored = new AtomicReference<>(Set.of());
    final Whitelist whitelist = new Whitelist(stored::get);
    final WhaleCopyStrategy whaleCopy = new WhaleCopyStrategy(new WhaleCopyConfig(Usd.of("10000"), new BigDecimal("0.95")), whitelist,
            new SimulatedClock(T0));
    final LiveParameters parameters = new LiveParameters(whaleCopy, null, whitelist);

    static Envelope<StrategyChange> change(String target, Map<String, String> values) {
        return Envelope.of("gateway", T0, T0, new StrategyChange(target, values, "tom", "test", T0));
    }

    @Test void aWhaleCopyChangeReplacesItsParametersAndCanDisableIt() {
        parameters.handle(change("whale-copy", Map.of("minWhaleNotional", "25000", "enabled", "false")));

        assertThat(whaleCopy.config()).isEqualTo(new WhaleCopyConfig(Usd.of("25000"), new BigDecimal("0.95")));
        assertThat(parameters.whaleCopyEnabled()).isFalse();
        assertThat(parameters.basketCopyEnabled()).isTrue();
    }

    @Test void aValueThatDoesNotFitLeavesTheRunningParameters() {
        parameters.handle(change("whale-copy", Map.of("maxEntryPrice", "1.5")));

        assertThat(whaleCopy.config().maxEntryPrice()).isEqualByComparingTo("0.95");
    }

    @Test void aWhitelistEditReReadsTheWhitelistAtOnce() {
        stored.set(Set.of(WHALE));

        parameters.handle(change(StrategyChange.WHITELIST, Map.of("action", "pin", "address", WHALE.value())));

        assertThat(whitelist.contains(WHALE)).isTrue();
    }
}
