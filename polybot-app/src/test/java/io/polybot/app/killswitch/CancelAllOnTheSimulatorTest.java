package io.polybot.app.killswitch;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.SignalId;
import io.polybot.execution.venue.CancelAllResult;
import io.polybot.execution.venue.ClobHeartbeat;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.polymarket.gamma.GammaMarket;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kill switch's venue layers against the simulator over the real protocol: cancel-all and the heartbeat. */
class CancelAllOnTheSimulatorTest {
    static SimHandle sim;
    static PrivateKeySigner signer;
    static ClobClient clob;
    static PolymarketVenue venue;

    @BeforeAll static void start() {
        sim = SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, 42, 1.0));
        signer = PrivateKeySigner.fromHex(HexFormat.of().formatHex(SecureRandom.getSeed(32)));
        sim.fund(signer.address(), new BigDecimal("1000"));
        ClobClient unauthenticated = new ClobClient(sim.baseUrls().clob(), signer, null, SimServer.CHAIN_ID);
        clob = unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0));
        venue = new PolymarketVenue(clob, new OrderBuilder(signer, SimServer.CHAIN_ID), OrderVersion.V2);
    }

    @AfterAll static void stop() { sim.close(); }

    static Market firstOpenMarket() throws Exception {
        GammaMarket g = new GammaClient(sim.baseUrls().gamma()).markets("closed=false").stream().filter(GammaMarket::tradable)
                .findFirst().orElseThrow();
        List<OutcomeToken> tokens = new ArrayList<>();
        for (int i = 0; i < g.clobTokenIds().size(); i++) tokens.add(new OutcomeToken(new TokenId(g.clobTokenIds().get(i)), g.outcomes().get(i), i));
        return new Market(new ConditionId(g.conditionId()), g.question(), g.slug(), g.eventSlug(), g.category(), tokens,
                g.orderPriceMinTickSize(), g.orderMinSize(), g.negRisk(), g.endDate(), MarketStatus.OPEN, null);
    }

    @Test void cancelAllCancelsOurRestingOrdersAtTheVenue() throws Exception {
        Market market = firstOpenMarket();
        TokenId token = market.tokens().getFirst().tokenId();
        // Bids far below the market makers' quotes: they rest on the book.
        List<Venue.PreparedOrder> resting = new ArrayList<>();
        for (String price : List.of("0.02", "0.03")) {
            OrderIntent intent = new OrderIntent(new SignalId("kill-drill-" + price), market.conditionId(), token, Side.BUY, Price.of(price),
                    Size.of("20"), TimeInForce.GTC);
            Venue.PreparedOrder prepared = venue.prepare(intent, market, Instant.now());
            assertThat(venue.submit(prepared)).isInstanceOfSatisfying(SubmitOutcome.Accepted.class,
                    a -> assertThat(a.status()).isEqualTo(SubmitOutcome.VenueOrderStatus.LIVE));
            resting.add(prepared);
        }

        CancelAllResult result = venue.cancelAll();

        assertThat(result.cancelled()).containsExactlyInAnyOrderElementsOf(resting.stream().map(Venue.PreparedOrder::hash).toList());
        assertThat(result.notCancelled()).isEmpty();
        assertThat(venue.cancelAll().cancelled()).as("nothing is left to cancel").isEmpty();
    }

    @Test void theVenueTakesChainedHeartbeats() {
        var heartbeat = new ClobHeartbeat(sim.baseUrls().clob(), signer.address(), clob.credentials(), HttpClient.newHttpClient(),
                java.time.Clock.systemUTC(), Duration.ofSeconds(10));
        String first = heartbeat.beat("");
        String second = heartbeat.beat(first);
        assertThat(first).isNotBlank();
        assertThat(second).isNotBlank().isNotEqualTo(first);
    }
}
