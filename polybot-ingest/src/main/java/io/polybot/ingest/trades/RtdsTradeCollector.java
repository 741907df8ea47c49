package io.polybot.ingest.trades;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.polymarket.rtds.RtdsListener;
import io.polybot.polymarket.rtds.RtdsTrade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Argos's primary feed: every wallet's trades from RTDS {@code activity/trades}, normalised and
 * published on {@code md.trades}. A bad message is counted and logged, never fatal.
 */
public final class RtdsTradeCollector implements RtdsListener {
    private static final Logger log = LoggerFactory.getLogger(RtdsTradeCollector.class);
    static final String SOURCE = "ingest.rtds";

    private final MessageBus bus;
    private final TradeNormaliser normaliser;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    public RtdsTradeCollector(MessageBus bus, TradeNormaliser normaliser) {
        this.bus = bus;
        this.normaliser = normaliser;
    }

    @Override public void onTrade(RtdsTrade trade, Instant receivedAt) {
        WalletTrade walletTrade;
        try {
            walletTrade = normaliser.fromRtds(trade, receivedAt);
        } catch (RuntimeException e) {
            rejected.incrementAndGet();
            log.warn("rejected RTDS trade {}: {}", trade.transactionHash(), e.getMessage());
            return;
        }
        // The content id doubles as envelope id, so a consumer can recognise the same fill from two feeds.
        bus.publish(Topic.MD_TRADES, Envelope.of(SOURCE, walletTrade.eventTime(), receivedAt, walletTrade).withId(walletTrade.id()));
        published.incrementAndGet();
    }

    @Override public void onMalformed(String raw, Exception error) {
        rejected.incrementAndGet();
        log.warn("malformed RTDS message ({}): {}", error.getMessage(), raw.length() > 300 ? raw.substring(0, 300) + "…" : raw);
    }

    public long published() { return published.get(); }

    public long rejected() { return rejected.get(); }
}
