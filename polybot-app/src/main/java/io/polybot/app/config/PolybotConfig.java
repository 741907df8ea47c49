package io.polybot.app.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import io.polybot.core.money.Usd;
import io.polybot.execution.mode.ExecutionMode;
import io.polybot.execution.risk.RiskLimits;
import io.polybot.strategy.intelligence.whitelist.WhitelistConfig;
import io.polybot.strategy.whale.WhaleCopyConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Polybot's configuration: built-in defaults ({@code polybot.conf}), overridden by an optional
 * HOCON file, by environment variables, and by command-line options, in rising precedence. Read
 * once into typed values; a bad value fails at start with the path of the offending key.
 */
public record PolybotConfig(Path dataDir, Gateway gateway, String adminPassword, Bus bus, Polymarket polymarket, Demo demo,
                            WhaleCopyConfig whaleCopy, Usd fixedNotional, RiskLimits risk, Execution execution, Scoring scoring) {

    public record Gateway(String host, int port, Duration accessTokenTtl, String jwtSecret) {}

    /**
     * @param redeliveryDelay   the in-memory bus's wait before a failed message is delivered again
     * @param claimIdleTimeout  the Redis bus's wait before a message held by a crashed consumer is taken over
     */
    public record Bus(int maxDeliveries, Duration redeliveryDelay, URI redisUri, String streamPrefix, Duration claimIdleTimeout) {}

    /**
     * Polymarket's endpoints; {@code clobWs} is the CLOB socket base ({@code /market}, {@code /user} below it).
     *
     * @param rpc a Polygon JSON-RPC node for on-chain balance checks; null when none is configured
     */
    public record Polymarket(URI clob, URI clobWs, URI rtds, URI data, URI gamma, long chainId, URI rpc) {}

    /**
     * @param liveEnabled          the configuration's consent to live trading (an operator still arms it at run time)
     * @param liveMaxOrderNotional live trading's per-order ceiling
     * @param liveKeystore         the live wallet's encrypted V3 keystore; null when not configured
     */
    public record Modes(ExecutionMode mode, Usd paperStartingBalance, boolean liveEnabled, Usd liveMaxOrderNotional, Path liveKeystore) {}

    /**
     * @param minimumPositions the demo world's whitelist sample minimum (its history is one week: fewer resolved positions)
     * @param minimumEvents    likewise in independent events
     * @param joinScore        and its join score: on a dozen positions the 95% lower bound of the win rate is wide
     */
    public record Demo(long seed, double speed, Usd startingBalance, int minimumPositions, int minimumEvents, BigDecimal joinScore) {}

    /**
     * Wallet scoring (issue 5): the job runs {@code firstRun} after the strategy role starts, then every {@code every}.
     *
     * @param whitelist when scoring moves a wallet on or off the whitelist
     */
    public record Scoring(Duration firstRun, Duration every, WhitelistConfig whitelist) {}

    /** How signals are sized before the risk caps (which may only reduce the size). */
    public enum SizerKind { FIXED, PROPORTIONAL, KELLY }

    /**
     * @param proportionalFraction share of the whale's notional that a proportional copy spends
     * @param kellyFraction        the fraction of full Kelly staked (0.25: quarter Kelly)
     * @param heartbeatInterval    how often the venue's dead-man heartbeat is sent while trading is not halted
     * @param statusInterval       how often each role reports its trading state on {@code control}
     */
    public record Execution(Modes modes, SizerKind sizer, BigDecimal proportionalFraction, Usd proportionalMinNotional,
                            Usd proportionalMaxNotional, BigDecimal kellyFraction, Usd kellyMaxNotional,
                            Duration heartbeatInterval, Duration statusInterval) {}

    /** Creates the data directory (and its parents) if it is missing. */
    public void createDataDir() {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
    }

    /** Loads the configuration; {@code overrides} are dotted keys from the command line (e.g. {@code polybot.gateway.port}). */
    public static PolybotConfig load(Path file, Map<String, Object> overrides) {
        Config defaults = ConfigFactory.parseResources(PolybotConfig.class.getClassLoader(), "polybot.conf",
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config fromFile = ConfigFactory.empty();
        if (file != null) {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("config file not found: " + file);
            fromFile = ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false));
        }
        Config config = ConfigFactory.parseMap(overrides, "command line")
                .withFallback(fromFile)
                .withFallback(defaults)
                .withFallback(ConfigFactory.systemProperties())
                .resolve(ConfigResolveOptions.defaults().setAllowUnresolved(false))
                .getConfig("polybot");
        try {
            return from(config);
        } catch (ConfigException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid configuration: " + e.getMessage(), e);
        }
    }

    private static PolybotConfig from(Config c) {
        var gateway = new Gateway(c.getString("gateway.host"), port(c, "gateway.port"), c.getDuration("gateway.access-token-ttl"),
                c.getString("gateway.jwt-secret"));
        var bus = new Bus(c.getInt("bus.max-deliveries"), c.getDuration("bus.redelivery-delay"), uri(c, "bus.redis-uri"),
                c.getString("bus.stream-prefix"), positive(c, "bus.claim-idle-timeout"));
        var polymarket = new Polymarket(uri(c, "polymarket.clob-url"), uri(c, "polymarket.clob-ws-url"), uri(c, "polymarket.rtds-url"),
                uri(c, "polymarket.data-url"), uri(c, "polymarket.gamma-url"), c.getLong("polymarket.chain-id"),
                c.getString("polymarket.rpc-url").isBlank() ? null : uri(c, "polymarket.rpc-url"));
        double speed = c.getDouble("demo.speed");
        if (!(speed > 0)) throw new IllegalArgumentException("demo.speed must be > 0, was " + speed);
        var demo = new Demo(c.getLong("demo.seed"), speed, usd(c, "demo.starting-balance"), c.getInt("demo.scoring.minimum-positions"),
                c.getInt("demo.scoring.minimum-events"), decimal(c, "demo.scoring.join-score"));
        var scoring = new Scoring(positive(c, "strategy.scoring.first-run"), positive(c, "strategy.scoring.every"),
                new WhitelistConfig(c.getInt("strategy.scoring.whitelist.minimum-positions"), c.getInt("strategy.scoring.whitelist.minimum-events"),
                        decimal(c, "strategy.scoring.whitelist.join-score"), decimal(c, "strategy.scoring.whitelist.leave-score")));
        var whaleCopy = new WhaleCopyConfig(usd(c, "strategy.whale-copy.min-whale-notional"), decimal(c, "strategy.whale-copy.max-entry-price"));
        var risk = new RiskLimits(usd(c, "risk.equity"), decimal(c, "risk.max-position-share"), c.getInt("risk.max-positions-per-event"),
                decimal(c, "risk.max-total-exposure-share"), usd(c, "risk.daily-loss-limit"), decimal(c, "risk.max-entry-price"),
                decimal(c, "risk.max-slippage"), c.getDuration("risk.max-book-age"),
                c.getInt("risk.max-orders-per-second"));
        String keystore = c.getString("execution.live.keystore").trim();
        var modes = new Modes(ExecutionMode.parse(c.getString("execution.mode")), usd(c, "execution.paper.starting-balance"),
                c.getBoolean("execution.live.enabled"), positiveUsd(c, "execution.live.max-order-notional"),
                keystore.isEmpty() ? null : Path.of(keystore));
        var execution = new Execution(modes, sizer(c), decimal(c, "execution.proportional.fraction"),
                usd(c, "execution.proportional.min-notional"), usd(c, "execution.proportional.max-notional"),
                decimal(c, "execution.kelly.fraction"), usd(c, "execution.kelly.max-notional"),
                positive(c, "execution.heartbeat-interval"), positive(c, "execution.status-interval"));
        return new PolybotConfig(Path.of(c.getString("data-dir")), gateway, c.getString("admin-password"), bus, polymarket, demo, whaleCopy,
                usd(c, "execution.fixed-notional"), risk, execution, scoring);
    }

    private static SizerKind sizer(Config c) {
        String text = c.getString("execution.sizer").trim();
        for (SizerKind kind : SizerKind.values()) if (kind.name().equalsIgnoreCase(text)) return kind;
        throw new IllegalArgumentException("execution.sizer must be fixed, proportional or kelly, was '" + text + "'");
    }

    private static Duration positive(Config c, String key) {
        Duration d = c.getDuration(key);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(key + " must be positive, was " + d);
        return d;
    }

    private static int port(Config c, String key) {
        int port = c.getInt(key);
        if (port < 0 || port > 65535) throw new IllegalArgumentException(key + " must be a TCP port (0-65535), was " + port);
        return port;
    }

    // Money is read as text so that it never passes through a double.
    private static BigDecimal decimal(Config c, String key) {
        String text = c.getString(key).trim();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a decimal number, was '" + text + "'");
        }
    }

    private static Usd usd(Config c, String key) { return new Usd(decimal(c, key)); }

    private static Usd positiveUsd(Config c, String key) {
        Usd value = usd(c, key);
        if (value.amount().signum() <= 0) throw new IllegalArgumentException(key + " must be > 0, was " + value);
        return value;
    }

    private static URI uri(Config c, String key) {
        String text = c.getString(key).trim();
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) throw new URISyntaxException(text, "needs a scheme and a host");
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " must be a URL such as https://host, was '" + text + "'");
        }
    }
}
