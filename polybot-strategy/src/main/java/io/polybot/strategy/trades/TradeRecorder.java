package io.polybot.strategy.trades;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.repo.WalletTradeRepository;

/**
 * Stores every wallet's trades (not only whales') for scoring. Idempotent: the same fill from
 * another feed or a redelivery has the same id and is stored once. Commits do not wait for the WAL
 * flush: one fsync per trade of the whole market would contend with the order path's writes, and a
 * trade lost to a database server crash is fetched again by the backfill.
 */
public final class TradeRecorder implements MessageHandler {
    private final WalletTradeRepository trades;

    public TradeRecorder(WalletTradeRepository trades) { this.trades = trades; }

    @Override public void handle(Envelope<?> envelope) {
        if (envelope.payload() instanceof WalletTrade trade) trades.insertUnflushed(trade);
    }
}
