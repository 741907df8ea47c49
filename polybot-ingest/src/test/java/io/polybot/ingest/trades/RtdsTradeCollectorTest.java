package io.polybot.ingest.trades;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RtdsTradeCollectorTest {
    final InMemoryBus bus = new InMemoryBus(new SimulatedClock(Instant.EPOCH));
    final RtdsTradeCollector collector = new RtdsTradeCollector(bus, new TradeNormaliser());
    final List<Envelope<?>> seen = new CopyOnWriteArrayList<>();

    @AfterEach void close() { bus.close(); }

    @Test void publishesEachTradeWithItsContentIdAsEnvelopeId() {
        bus.subscribe(Topic.MD_TRADES, "test", seen::add);
        collector.onTrade(TradeNormaliserTest.rtds("0x" + "ab".repeat(20), "BUY", "10", "0.5", "0xabc"), TradeNormaliserTest.RECEIVED);

        await().until(() -> seen.size() == 1);
        Envelope<?> envelope = seen.getFirst();
        WalletTrade trade = (WalletTrade) envelope.payload();
        assertThat(envelope.id()).isEqualTo(trade.id());
        assertThat(envelope.type()).isEqualTo("wallet-trade");
        assertThat(envelope.source()).isEqualTo("ingest.rtds");
        assertThat(envelope.eventTime()).isEqualTo(trade.eventTime());
        assertThat(envelope.receivedAt()).isEqualTo(TradeNormaliserTest.RECEIVED);
        assertThat(collector.published()).isEqualTo(1);
    }

    @Test void countsBadInputAndKeepsGoing() {
        bus.subscribe(Topic.MD_TRADES, "test", seen::add);
        collector.onMalformed("{not json", new IllegalArgumentException("bad frame"));
        collector.onTrade(TradeNormaliserTest.rtds("0x" + "ab".repeat(20), "BUY", "0", "0.5", "0xabc"), TradeNormaliserTest.RECEIVED);
        collector.onTrade(TradeNormaliserTest.rtds("0x" + "cd".repeat(20), "SELL", "5", "0.25", "0xdef"), TradeNormaliserTest.RECEIVED);

        await().until(() -> seen.size() == 1);
        assertThat(collector.rejected()).isEqualTo(2);
        assertThat(collector.published()).isEqualTo(1);
    }
}
