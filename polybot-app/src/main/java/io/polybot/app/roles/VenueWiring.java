package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.execution.killswitch.Heartbeat;
import io.polybot.execution.mode.ExecutionMode;
import io.polybot.execution.mode.LiveArming;
import io.polybot.execution.paper.PaperVenue;
import io.polybot.execution.venue.BalanceSource;
import io.polybot.execution.venue.ClobHeartbeat;
import io.polybot.execution.venue.DataApiBalances;
import io.polybot.execution.venue.OnChainBalances;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.execution.venue.Venue;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.data.DataApiClient;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.OrderSigner;
import io.polybot.polymarket.order.OrderSigners;
import io.polybot.polymarket.rpc.PolygonRpcClient;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where execution's orders go, per {@link ExecutionMode}: the composition root of the venue, its
 * wallet, its dead-man heartbeat and the live arming. The only place a live wallet is opened.
 */
public final class VenueWiring {
    private static final Logger log = LoggerFactory.getLogger(VenueWiring.class);
    /** A test or sim wallet's key (hex); never used for live trading, which needs a keystore. */
    public static final String PRIVATE_KEY_VARIABLE = "POLYBOT_PRIVATE_KEY";
    private static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The venue of one execution instance and what goes with it.
     *
     * @param balances independent views of our holdings that reconciliation checks besides the venue's own
     */
    public record VenueSetup(Venue venue, Optional<Heartbeat> heartbeat, LiveArming arming, String wallet, List<BalanceSource> balances) {}

    private VenueWiring() {}

    /**
     * @param simOps the simulator's operations base ({@code .../sim}) in sim mode, to fund a fresh wallet; empty otherwise
     */
    public static VenueSetup wire(PolybotConfig cfg, AuditLogRepository audit, Optional<URI> simOps, Clock clock) {
        var endpoints = cfg.polymarket();
        var modes = cfg.execution().modes();
        return switch (modes.mode()) {
            case SIM -> {
                OrderSigner signer = simWallet(cfg, simOps);
                yield trading(cfg, signer, LiveArming.simulated());
            }
            case PAPER -> {
                // The real CLOB is only read (books are public); orders are hashed with a throwaway key and never sent.
                OrderSigner throwaway = freshKey();
                var readSide = new PolymarketVenue(new ClobClient(endpoints.clob(), throwaway, null, endpoints.chainId()),
                        new OrderBuilder(throwaway, endpoints.chainId()), OrderVersion.V2);
                var paper = new PaperVenue(readSide, modes.paperStartingBalance(), clock);
                log.info("paper trading: real books from {}, fills simulated from {} pUSD", endpoints.clob(), modes.paperStartingBalance());
                yield new VenueSetup(paper, Optional.empty(), new LiveArming(ExecutionMode.PAPER, false, audit), "paper", List.of());
            }
            case LIVE -> {
                if (modes.liveKeystore() == null)
                    throw new IllegalArgumentException("live mode needs execution.live.keystore (POLYBOT_KEYSTORE): the wallet's encrypted V3 keystore");
                OrderSigner signer = OrderSigners.fromKeystore(modes.liveKeystore());
                log.warn("LIVE mode: wallet {}, per-order cap {} pUSD, {}; trading starts disarmed", signer.address(),
                        modes.liveMaxOrderNotional(), modes.liveEnabled() ? "arming allowed by configuration" : "arming NOT allowed (execution.live.enabled=false)");
                yield trading(cfg, signer, new LiveArming(ExecutionMode.LIVE, modes.liveEnabled(), audit));
            }
        };
    }

    /** The CLOB (or the sim, which speaks its protocol) with API keys derived from the wallet, its user channel and heartbeat. */
    private static VenueSetup trading(PolybotConfig cfg, OrderSigner signer, LiveArming arming) {
        var endpoints = cfg.polymarket();
        ClobClient unauthenticated = new ClobClient(endpoints.clob(), signer, null, endpoints.chainId());
        ClobClient clob = unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0));
        var venue = new PolymarketVenue(clob, new OrderBuilder(signer, endpoints.chainId()), OrderVersion.V2,
                URI.create(endpoints.clobWs() + "/user"));
        var heartbeat = new ClobHeartbeat(endpoints.clob(), signer.address(), clob.credentials(), HttpClient.newHttpClient(),
                java.time.Clock.systemUTC(), HEARTBEAT_TIMEOUT);
        return new VenueSetup(venue, Optional.of(heartbeat), arming, signer.address(), balanceSources(endpoints, signer.address()));
    }

    /** The Data API's positions always; the chain's ERC-1155 balances when an RPC node is configured. */
    static List<BalanceSource> balanceSources(PolybotConfig.Polymarket endpoints, String wallet) {
        List<BalanceSource> sources = new ArrayList<>();
        sources.add(new DataApiBalances(new DataApiClient(endpoints.data()), wallet));
        if (endpoints.rpc() != null) sources.add(new OnChainBalances(new PolygonRpcClient(endpoints.rpc()), wallet));
        return List.copyOf(sources);
    }

    /** The sim wallet: {@value #PRIVATE_KEY_VARIABLE} when set (a restart keeps its wallet), else a fresh key the sim funds. */
    private static OrderSigner simWallet(PolybotConfig cfg, Optional<URI> simOps) {
        String key = System.getenv(PRIVATE_KEY_VARIABLE);
        if (key != null && !key.isBlank()) return OrderSigners.fromHex(key.trim());
        OrderSigner fresh = freshKey();
        URI ops = simOps.orElseThrow(() -> new IllegalArgumentException(
                "sim mode needs " + PRIVATE_KEY_VARIABLE + " or --sim URL (to fund a fresh wallet)"));
        fund(ops, fresh.address(), cfg.demo().startingBalance().amount().toPlainString());
        return fresh;
    }

    private static OrderSigner freshKey() { return OrderSigners.fromHex(HexFormat.of().formatHex(SecureRandom.getSeed(32))); }

    private static void fund(URI ops, String address, String pusd) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ops + "/fund")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"address\":\"" + address + "\",\"pusd\":\"" + pusd + "\"}")).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IllegalStateException("the simulator refused to fund " + address + ": " + response.body());
        } catch (IOException e) {
            throw new IllegalStateException("could not reach the simulator at " + ops + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while funding the sim wallet", e);
        }
    }
}
