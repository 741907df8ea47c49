package io.polybot.ingest;

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
 * Argos: loads market metadata, then runs the live trade feed; market metadata is refreshed
 * periodically so new markets and closures are picked up.
 */
public final class IngestRole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IngestRole.class);

    private final MarketCatalog catalog;
    private final RtdsClient trades;
    private final Duration catalogRefresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("ingest-catalog").factory());

    public IngestRole(MarketCatalog catalog, RtdsClient trades, Duration catalogRefresh) {
        this.catalog = catalog;
        this.trades = trades;
        this.catalogRefresh = catalogRefresh;
    }

    /** Loads the markets (failing loudly if the venue cannot be read), then connects the trade feed. */
    public void start() throws IOException, InterruptedException {
        int markets = catalog.refresh();
        log.info("loaded {} markets", markets);
        trades.start();
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
        scheduler.shutdownNow();
        trades.close();
    }
}
