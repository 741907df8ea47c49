package io.polybot.ingest;

import io.polybot.ingest.backfill.Backfill;
import io.polybot.ingest.feed.FeedHealthReporter;
import io.polybot.ingest.markets.MarketCatalog;
import io.polybot.polymarket.rtds.RtdsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Argos: loads market metadata, runs the live trade feed and backfills every wallet's trade history
 * from the Data API; market metadata (with resolutions) is refreshed periodically so new markets,
 * closures and results are picked up. Gap and stale alarms of the feed backfill again (wired by
 * wrapping the feed's listener in a {@link io.polybot.ingest.backfill.GapBackfill}).
 */
public final class IngestRole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestRole.class);
    private static final Duration FEED_HEALTH_EVERY = Duration.ofSeconds(10);

    private final MarketCatalog catalog;
    private final RtdsClient trades;
    private final Backfill backfill;
    private final Duration catalogRefresh;
    private final FeedHealthReporter feedHealth;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("ingest-catalog").factory());

    /** @param backfill the Data API backfill run on start, or null for none */
    public IngestRole(MarketCatalog catalog, RtdsClient trades, Backfill backfill, Duration catalogRefresh) {
        this(catalog, trades, backfill, catalogRefresh, null);
    }

    /** @param feedHealth reports the trade feed's health on {@code control} for the dashboard, or null for none */
    public IngestRole(MarketCatalog catalog, RtdsClient trades, Backfill backfill, Duration catalogRefresh, FeedHealthReporter feedHealth) {
        this.catalog = catalog;
        this.trades = trades;
        this.backfill = backfill;
        this.catalogRefresh = catalogRefresh;
        this.feedHealth = feedHealth;
    }

    /**
     * Loads the markets (failing loudly if the venue cannot be read), connects the trade feed, then
     * backfills the history before returning: the live feed runs first so that nothing traded during
     * the backfill is missed (a fill both deliver is stored once).
     */
    public void start() throws IOException, InterruptedException {
        int markets = catalog.refresh();
        log.info("loaded {} markets", markets);
        trades.start();
        if (feedHealth != null) feedHealth.start(FEED_HEALTH_EVERY);
        if (backfill != null) backfill.run();
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, catalogRefresh.toMillis(), catalogRefresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            catalog.refresh();
        } catch (IOException | RuntimeException e) {
            log.warn("market catalog refresh failed, keeping the last known markets: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override public void close() {
        if (feedHealth != null) feedHealth.close();
        scheduler.shutdownNow();
        trades.close();
    }
}
