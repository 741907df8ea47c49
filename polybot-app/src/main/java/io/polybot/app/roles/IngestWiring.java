package io.polybot.app.roles;

import io.polybot.core.bus.MessageBus;
import io.polybot.ingest.IngestRole;
import io.polybot.ingest.markets.MarketCatalog;
import io.polybot.ingest.trades.RtdsTradeCollector;
import io.polybot.ingest.trades.TradeNormaliser;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.polymarket.rtds.RtdsClient;
import io.polybot.store.Store;

import java.net.URI;
import java.time.Duration;

/** The ingest role's composition root (Argos). */
public final class IngestWiring {
    private IngestWiring() {}

    public static IngestRole wire(MessageBus bus, Store store, URI gammaUrl, URI rtdsUrl) {
        var catalog = new MarketCatalog(new GammaClient(gammaUrl), store.markets());
        var trades = new RtdsClient(rtdsUrl, new RtdsTradeCollector(bus, new TradeNormaliser()));
        return new IngestRole(catalog, trades, Duration.ofMinutes(1));
    }
}
