package io.polybot.ingest.backfill;

import io.polybot.polymarket.rtds.RtdsListener;
import io.polybot.polymarket.rtds.RtdsTrade;
import io.polybot.polymarket.ws.ConnectionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wraps the live feed's listener: trades pass through, and every {@code Gap} or {@code Stale}
 * alarm of the connection starts a backfill on a virtual thread. Alarms that arrive while one
 * runs are folded into one more run after it, so a flapping feed never queues a backfill per flap.
 */
public final class GapBackfill implements RtdsListener {
    private static final Logger log = LoggerFactory.getLogger(GapBackfill.class);

    private final RtdsListener feed;
    private final Runnable backfill;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public GapBackfill(RtdsListener feed, Runnable backfill) {
        this.feed = feed;
        this.backfill = backfill;
    }

    @Override public void onTrade(RtdsTrade trade, Instant receivedAt) { feed.onTrade(trade, receivedAt); }

    @Override public void onMalformed(String raw, Exception error) { feed.onMalformed(raw, error); }

    @Override public void onConnectionEvent(ConnectionEvent event) {
        feed.onConnectionEvent(event);
        switch (event) {
            case ConnectionEvent.Gap gap -> trigger("gap " + gap.from() + " to " + gap.to());
            case ConnectionEvent.Stale stale -> trigger("feed silent for " + stale.silentFor());
            default -> { }
        }
    }

    /** Starts a backfill unless one is running (then one more follows it). */
    void trigger(String why) {
        again.set(true);
        if (!running.compareAndSet(false, true)) return;
        log.info("live trade feed alarm ({}): backfilling from the Data API", why);
        Thread.ofVirtual().name("ingest-backfill").start(this::drain);
    }

    private void drain() {
        try {
            while (again.getAndSet(false)) {
                try {
                    backfill.run();
                } catch (RuntimeException e) {
                    log.warn("backfill failed; the next alarm or start retries: {}", e.toString());
                }
            }
        } finally {
            running.set(false);
            if (again.get() && running.compareAndSet(false, true)) Thread.ofVirtual().name("ingest-backfill").start(this::drain);
        }
    }
}
