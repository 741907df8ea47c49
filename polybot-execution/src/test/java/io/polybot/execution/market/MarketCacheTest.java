package io.polybot.execution.market;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.execution.ExecutionFixtures;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Markets read through from the store once, then from memory, and re-read in the background when old. */
class MarketCacheTest {
    @TempDir static Path dataDir;
    static Store store;

    final SimulatedClock clock = new SimulatedClock(ExecutionFixtures.NOW);
    MarketCache cache;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void reset() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE markets, market_tokens CASCADE"));
        store.markets().upsert(ExecutionFixtures.market(MarketStatus.OPEN, "event-a"));
        cache = new MarketCache(store.markets(), clock, Duration.ofSeconds(5));
    }

    @Test void aMarketIsFoundByEitherTokenAndByConditionAndThenServedFromMemory() {
        assertThat(cache.byToken(ExecutionFixtures.YES)).hasValueSatisfying(m -> assertThat(m.conditionId()).isEqualTo(ExecutionFixtures.MARKET));
        assertThat(cache.byToken(ExecutionFixtures.NO)).isPresent();
        assertThat(cache.byCondition(ExecutionFixtures.MARKET)).isPresent();

        // Gone from the store, still served: the cache does not read it again before it is old.
        store.jdbi().useHandle(h -> h.execute("TRUNCATE markets, market_tokens CASCADE"));
        assertThat(cache.byToken(ExecutionFixtures.YES)).isPresent();
    }

    @Test void anUnknownTokenIsNotCachedSoANewMarketIsSeenOnItsFirstSignal() {
        TokenId later = new TokenId("2001");
        assertThat(cache.byToken(later)).isEmpty();

        store.markets().upsert(new Market(new ConditionId("0x" + "22".repeat(32)),
                "Later?", "later", "event-b", "weather",
                List.of(new OutcomeToken(later, "Yes", 0)), new BigDecimal("0.01"),
                new BigDecimal("5"), false, ExecutionFixtures.NOW.plus(Duration.ofDays(1)), MarketStatus.OPEN, null));

        assertThat(cache.byToken(later)).isPresent();
    }

    @Test void anOldEntryIsServedOnceMoreAndReloadedSoAClosedMarketIsSeen() {
        assertThat(cache.byToken(ExecutionFixtures.YES)).hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MarketStatus.OPEN));
        store.markets().upsert(ExecutionFixtures.market(MarketStatus.CLOSED, "event-a"));

        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.byToken(ExecutionFixtures.YES)).hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MarketStatus.OPEN));
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.byToken(ExecutionFixtures.YES)).isPresent(); // starts the reload

        await().untilAsserted(() -> assertThat(cache.byToken(ExecutionFixtures.YES))
                .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MarketStatus.CLOSED)));
    }
}
