package io.polybot.strategy.trades;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.batch.BatchWriter;
import io.polybot.store.repo.WalletTradeRepository;

import java.time.Duration;

/**
 * Stores every wallet's trades (not only whales') for scoring. Idempotent: the same fill from
 * another feed or a redelivery has the same id and is stored once. Written behind the feed, in
 * batches ({@link BatchWriter}), committed without waiting for the WAL flush: at a thousand trades
 * a second one round trip per trade would be the feed's pace, and one fsync per trade of the whole
 * market would contend with the order path's writes. A crash loses at most the trades still queued
 * (milliseconds); the Data API backfill on start fetches them again.
 */
public final class TradeRecorder implements MessageHandler, AutoCloseable {
    private static final int QUEUE = 50_000;
    private static final int MAX_BATCH = 500;

    private final BatchWriter<WalletTrade> writer;

    public TradeRecorder(WalletTradeRepository trades) {
        this.writer = new BatchWriter<>("wallet-trades", trades::insertAllUnflushed, QUEUE, MAX_BATCH, Duration.ofSeconds(1),
                BatchWriter.LINGER);
    }

    @Override public void handle(Envelope<?> envelope) {
        if (envelope.payload() instanceof WalletTrade trade) writer.write(trade);
    }

    /** Writes what is queued, then stops. */
    @Override public void close() { writer.close(); }
}
