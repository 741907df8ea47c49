package io.polybot.app.roles;

import io.polybot.core.bus.MessageBus;
import io.polybot.core.time.Clock;
import io.polybot.ingest.IngestRole;
import io.polybot.ingest.feed.FeedHealthReporter;
import io.polybot.ingest.backfill.Backfill;
import io.polybot.ingest.backfill.GapBackfill;
import io.polybot.ingest.markets.MarketCatalog;
import io.polybot.ingest.trades.RtdsTradeCollector;
import io.polybot.ingest.trades.TradeNormaliser;
import io.polybot.polymarket.data.DataApiClient;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.polymarket.rtds.RtdsClient;
import io.polybot.store.Store;

import java.net.URI;
import java.time.Duration;

/** The ingest role's composition root (Argos). */
public final class IngestWiring {
    /** Per market and query: the Data API pages at most to offset 10,000. */
    static final int MAX_BACKFILL_ROWS_PER_MARKET = 20_000;

    private IngestWiring() {}

    /** Live feed, catalogue and Data API backfill on start and after every gap or stale alarm of the feed. */
    public static IngestRole wire(MessageBus bus, Store store, URI gammaUrl, URI rtdsUrl, URI dataUrl, Clock clock) {
        var catalog = new MarketCatalog(new GammaClient(gammaUrl), store.markets());
        var backfill = backfill(store, dataUrl, clock);
        var feed = new GapBackfill(new RtdsTradeCollector(bus, new TradeNormaliser()), backfill::run);
        var trades = new RtdsClient(rtdsUrl, feed);
        var health = new FeedHealthReporter("rtds.trades", "ingest-" + ProcessHandle.current().pid(), trades::isOpen, trades::tradeCount, bus, clock);
        return new IngestRole(catalog, trades, backfill, Duration.ofMinutes(1), health);
    }

    public static Backfill backfill(Store store, URI dataUrl, Clock clock) {
        return new Backfill(new DataApiClient(dataUrl), store.markets(), store.walletTrades(), clock, MAX_BACKFILL_ROWS_PER_MARKET);
    }
}
