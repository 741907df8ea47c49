package io.polybot.ingest.backfill;

import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.ingest.LoopbackApi;
import io.polybot.ingest.trades.RtdsTradeCollector;
import io.polybot.ingest.trades.TradeNormaliser;
import io.polybot.polymarket.data.DataApiClient;
import io.polybot.polymarket.rtds.RtdsTrade;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same fills arriving by the live feed (RTDS, over the real bus into real PostgreSQL) and by
 * the Data API backfill (over real HTTP) are stored once each, in either order; two identical
 * fills of one transaction are two rows (same content, occurrences 0 and 1), never one.
 */
class BackfillDeduplicationTest {
    static final String MARKET = "0x" + "5c".repeat(32);
    static final String YES = "1001", NO = "1002";
    static final String TAKER = "0x" + "a1".repeat(20), TWIN = "0x" + "b2".repeat(20), LATE = "0x" + "c3".repeat(20);
    static final String MAKER = "0x" + "d4".repeat(20);
    static final long T = 1_790_000_000L;

    @TempDir static Path dataDir;
    static Store store;

    final SimulatedClock clock = new SimulatedClock(Instant.ofEpochSecond(T + 60));
    final InMemoryBus bus = new InMemoryBus(clock);
    final RtdsTradeCollector collector = new RtdsTradeCollector(bus, new TradeNormaliser());
    final AtomicInteger recorded = new AtomicInteger();
    LoopbackApi dataApi;

    /** A fill as both feeds describe it. */
    record Fill(String wallet, String side, String token, String size, String price, long second, String tx) {
        RtdsTrade rtds() {
            return new RtdsTrade(wallet, side, token, MARKET, new BigDecimal(size), new BigDecimal(price), second,
                    token.equals(YES) ? "Yes" : "No", token.equals(YES) ? 0 : 1, "Rain?", "rain", "rain-event", tx, null);
        }

        String json() {
            return "{\"proxyWallet\":\"" + wallet + "\",\"side\":\"" + side + "\",\"asset\":\"" + token + "\",\"conditionId\":\"" + MARKET
                    + "\",\"size\":" + size + ",\"price\":" + price + ",\"timestamp\":" + second + ",\"transactionHash\":\"" + tx
                    + "\",\"outcome\":\"" + (token.equals(YES) ? "Yes" : "No") + "\",\"outcomeIndex\":" + (token.equals(YES) ? 0 : 1) + "}";
        }
    }

    static final Fill SINGLE = new Fill(TAKER, "BUY", YES, "10", "0.5", T, "0xaaa");
    /** Two identical fills in one transaction (one order crossing two equal resting orders at one price). */
    static final Fill TWIN_FILL = new Fill(TWIN, "BUY", NO, "5", "0.4", T + 1, "0xbbb");
    static final Fill SEEN_LATE = new Fill(LATE, "SELL", YES, "7.5", "0.55", T + 2, "0xccc");
    /** The resting order the first fill hit: listed only with takerOnly=false. */
    static final Fill MAKER_SIDE = new Fill(MAKER, "SELL", YES, "10", "0.5", T, "0xaaa");

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void start() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE whale_trades, markets CASCADE"));
        store.markets().upsert(new Market(new ConditionId(MARKET), "Rain?", "rain", "rain-event", "weather",
                List.of(new OutcomeToken(new TokenId(YES), "Yes", 0), new OutcomeToken(new TokenId(NO), "No", 1)),
                new BigDecimal("0.01"), new BigDecimal("5"), false, Instant.ofEpochSecond(T + 86_400), MarketStatus.OPEN, null));
        // What the strategy role's recorder does with md.trades: store each trade, once by id.
        bus.subscribe(Topic.MD_TRADES, "recorder", envelope -> {
            store.walletTrades().insert((WalletTrade) envelope.payload());
            recorded.incrementAndGet();
        });
        List<Fill> takers = List.of(SINGLE, TWIN_FILL, TWIN_FILL, SEEN_LATE);
        dataApi = new LoopbackApi("/trades", query -> {
            if (!query.get("offset").equals("0")) return "[]";
            List<Fill> rows = Boolean.parseBoolean(query.get("takerOnly")) ? takers
                    : List.of(SINGLE, MAKER_SIDE, TWIN_FILL, TWIN_FILL, SEEN_LATE);
            return "[" + String.join(",", rows.stream().map(Fill::json).toList()) + "]";
        });
    }

    @AfterEach void stop() {
        dataApi.close();
        bus.close();
    }

    Backfill backfill() { return new Backfill(new DataApiClient(dataApi.url()), store.markets(), store.walletTrades(), clock, 10_000); }

    @Test void aFillSeenOnBothFeedsIsStoredOnceAndTwinFillsTwice() {
        collector.onTrade(SINGLE.rtds(), clock.now());
        collector.onTrade(TWIN_FILL.rtds(), clock.now());
        collector.onTrade(TWIN_FILL.rtds(), clock.now());
        await().until(() -> recorded.get() == 3);
        assertThat(store.walletTrades().count()).isEqualTo(3);

        Backfill.Report report = backfill().run();
        assertThat(report.rows()).isEqualTo(5);
        assertThat(report.makerRows()).isEqualTo(1);
        assertThat(report.rejected()).isZero();
        // Two of the rows are new (the late taker fill, the maker fill); the three RTDS rows get their maker flag.
        assertThat(report.stored()).isEqualTo(5);
        assertThat(store.walletTrades().count()).isEqualTo(5);

        // The live feed delivers a fill the backfill already stored: nothing new.
        collector.onTrade(SEEN_LATE.rtds(), clock.now());
        await().until(() -> recorded.get() == 4);
        assertThat(backfill().run().stored()).isZero();
        assertThat(store.walletTrades().count()).isEqualTo(5);

        assertThat(rows()).containsExactly(
                Map.entry(TAKER + "|0xaaa|0", false),
                Map.entry(TWIN + "|0xbbb|0", false),
                Map.entry(TWIN + "|0xbbb|1", false),
                Map.entry(LATE + "|0xccc|0", false),
                Map.entry(MAKER + "|0xaaa|0", true));
        List<WalletTrade> twins = store.walletTrades().byWallet(new io.polybot.core.wallet.WalletAddress(TWIN), 10);
        assertThat(twins).hasSize(2);
        assertThat(twins).extracting(WalletTrade::occurrence).containsExactlyInAnyOrder(0, 1);
        assertThat(twins.get(0).id()).isNotEqualTo(twins.get(1).id());
        assertThat(twins).allSatisfy(t -> {
            assertThat(t.size().shares()).isEqualByComparingTo("5");
            assertThat(t.price().value()).isEqualByComparingTo("0.4");
            assertThat(t.eventTime()).isEqualTo(Instant.ofEpochSecond(T + 1));
        });
    }

    @Test void aBackfillFirstLeavesNothingForTheLiveFeedToAdd() {
        backfill().run();
        assertThat(store.walletTrades().count()).isEqualTo(5);

        for (Fill fill : List.of(SINGLE, TWIN_FILL, TWIN_FILL, SEEN_LATE)) collector.onTrade(fill.rtds(), clock.now());
        await().until(() -> recorded.get() == 4);
        assertThat(store.walletTrades().count()).isEqualTo(5);
        assertThat(rows()).hasSize(5);
    }

    /** wallet|transaction|occurrence → maker flag, in that order. */
    static List<Map.Entry<String, Boolean>> rows() {
        return store.jdbi().withHandle(h -> h.createQuery(
                        "SELECT wallet, transaction_hash, occurrence, maker FROM whale_trades ORDER BY wallet, transaction_hash, occurrence")
                .map((rs, ctx) -> Map.entry(rs.getString("wallet") + "|" + rs.getString("transaction_hash") + "|" + rs.getInt("occurrence"),
                        rs.getBoolean("maker")))
                .list());
    }
}
