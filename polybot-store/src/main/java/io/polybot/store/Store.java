package io.polybot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.polybot.core.time.Clock;
import io.polybot.store.internal.EmbeddedServer;
import io.polybot.store.internal.StoreJdbi;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.DailyPnlRepository;
import io.polybot.store.repo.DeadLetterRepository;
import io.polybot.store.repo.FillRepository;
import io.polybot.store.repo.MarketRepository;
import io.polybot.store.repo.OrderRepository;
import io.polybot.store.repo.PositionRepository;
import io.polybot.store.repo.RefreshTokenRepository;
import io.polybot.store.repo.RiskDecisionRepository;
import io.polybot.store.repo.SignalRepository;
import io.polybot.store.repo.StrategyStateRepository;
import io.polybot.store.repo.TradingStateRepository;
import io.polybot.store.repo.UserRepository;
import io.polybot.store.repo.WalletTradeRepository;
import io.polybot.store.repo.WhaleRepository;
import io.polybot.store.repo.WhaleSummaryRepository;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polybot's PostgreSQL database: the connection pool, the migrated schema and one repository per
 * table group. {@link #open} starts an embedded server when the config asks for one; {@link #close}
 * stops it.
 */
public final class Store implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Store.class);
    private static final int MINIMUM_SERVER_VERSION = 15;
    private static final int POOL_SIZE = 10;
    /** Connections whose commits do not wait for the WAL flush: the order, signal and trade inserts (one round trip each). */
    private static final int UNFLUSHED_POOL_SIZE = 4;

    private final EmbeddedServer embedded;
    private final HikariDataSource dataSource;
    private final HikariDataSource unflushedSource;
    private final Jdbi jdbi;
    private final String jdbcUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private final MarketRepository markets;
    private final WhaleRepository whales;
    private final WalletTradeRepository walletTrades;
    private final SignalRepository signals;
    private final RiskDecisionRepository riskDecisions;
    private final OrderRepository orders;
    private final FillRepository fills;
    private final PositionRepository positions;
    private final DailyPnlRepository dailyPnl;
    private final DeadLetterRepository deadLetters;
    private final UserRepository users;
    private final AuditLogRepository auditLog;
    private final StrategyStateRepository strategyState;
    private final TradingStateRepository tradingState;
    private final RefreshTokenRepository refreshTokens;
    private final WhaleSummaryRepository whaleSummaries;

    private Store(EmbeddedServer embedded, HikariDataSource dataSource, HikariDataSource unflushedSource, String jdbcUrl, Clock clock) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.unflushedSource = unflushedSource;
        this.jdbcUrl = jdbcUrl;
        this.jdbi = StoreJdbi.create(dataSource);
        Jdbi unflushed = StoreJdbi.create(unflushedSource);
        this.markets = new MarketRepository(jdbi);
        this.whales = new WhaleRepository(jdbi);
        this.walletTrades = new WalletTradeRepository(jdbi, unflushed);
        this.signals = new SignalRepository(jdbi, unflushed);
        this.riskDecisions = new RiskDecisionRepository(jdbi);
        this.orders = new OrderRepository(jdbi, unflushed);
        this.fills = new FillRepository(jdbi);
        this.positions = new PositionRepository(jdbi);
        this.dailyPnl = new DailyPnlRepository(jdbi);
        this.deadLetters = new DeadLetterRepository(jdbi, clock);
        this.users = new UserRepository(jdbi, clock);
        this.auditLog = new AuditLogRepository(jdbi, clock);
        this.strategyState = new StrategyStateRepository(jdbi, clock);
        this.tradingState = new TradingStateRepository(jdbi);
        this.refreshTokens = new RefreshTokenRepository(jdbi);
        this.whaleSummaries = new WhaleSummaryRepository(jdbi);
    }

    /** Opens the store with the system clock. */
    public static Store open(StoreConfig config) { return open(config, Clock.system()); }

    /**
     * Starts embedded PostgreSQL if configured, connects, and migrates the schema to the latest version.
     *
     * @throws StoreException when the server cannot be reached, does not start, is too old, or the migration fails
     */
    public static Store open(StoreConfig config, Clock clock) {
        EmbeddedServer embedded = config.isEmbedded() ? EmbeddedServer.start(config.dataDir()) : null;
        String url = embedded != null ? embedded.jdbcUrl() : config.jdbcUrl();
        String user = embedded != null ? embedded.user() : config.user();
        HikariDataSource dataSource = null;
        HikariDataSource unflushed = null;
        try {
            dataSource = connect(url, user, config.password(), "polybot-store", POOL_SIZE, null);
            checkServerVersion(dataSource, url);
            migrate(dataSource, url);
            unflushed = connect(url, user, config.password(), "polybot-store-unflushed", UNFLUSHED_POOL_SIZE,
                    "SET synchronous_commit = off");
            log.info("store open at {}", url);
            return new Store(embedded, dataSource, unflushed, url, clock);
        } catch (RuntimeException e) {
            if (unflushed != null) unflushed.close();
            if (dataSource != null) dataSource.close();
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (RuntimeException stopFailure) {
                    e.addSuppressed(stopFailure);
                }
            }
            throw e;
        }
    }

    public MarketRepository markets() { return markets; }
    public WhaleRepository whales() { return whales; }
    public WalletTradeRepository walletTrades() { return walletTrades; }
    public SignalRepository signals() { return signals; }
    public RiskDecisionRepository riskDecisions() { return riskDecisions; }
    public OrderRepository orders() { return orders; }
    public FillRepository fills() { return fills; }
    public PositionRepository positions() { return positions; }
    public DailyPnlRepository dailyPnl() { return dailyPnl; }
    public DeadLetterRepository deadLetters() { return deadLetters; }
    public UserRepository users() { return users; }
    public AuditLogRepository auditLog() { return auditLog; }
    public StrategyStateRepository strategyState() { return strategyState; }
    public TradingStateRepository tradingState() { return tradingState; }
    public RefreshTokenRepository refreshTokens() { return refreshTokens; }
    public WhaleSummaryRepository whaleSummaries() { return whaleSummaries; }

    /** For queries the repositories do not offer; value types, {@code Instant} and the store records are registered. */
    public Jdbi jdbi() { return jdbi; }

    public DataSource dataSource() { return dataSource; }

    /** The URL actually in use (for embedded: the local port it started on). */
    public String jdbcUrl() { return jdbcUrl; }

    /** Closes the pool and stops embedded PostgreSQL; safe to call twice. */
    @Override public void close() {
        if (!closed.compareAndSet(false, true)) return;
        unflushedSource.close();
        dataSource.close();
        if (embedded != null) embedded.close();
    }

    /** @param initSql run on each new connection of the pool, or null */
    private static HikariDataSource connect(String url, String user, String password, String poolName, int size, String initSql) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(poolName);
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(size);
        if (initSql != null) hikari.setConnectionInitSql(initSql);
        hikari.addDataSourceProperty("ApplicationName", "polybot");
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to PostgreSQL at " + url + " as user " + (user == null ? "(from URL)" : "'" + user + "'")
                    + ": " + rootMessage(e) + ". Check that the server is running and reachable and that "
                    + StoreConfig.URL_VARIABLE + ", " + StoreConfig.USER_VARIABLE + " and " + StoreConfig.PASSWORD_VARIABLE
                    + " are right; unset " + StoreConfig.URL_VARIABLE + " to use the embedded database.", e);
        }
    }

    private static void checkServerVersion(DataSource dataSource, String url) {
        try (Connection connection = dataSource.getConnection()) {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < MINIMUM_SERVER_VERSION)
                throw new StoreException("PostgreSQL " + MINIMUM_SERVER_VERSION + " or newer is required; " + url + " runs "
                        + connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new StoreException("cannot read the server version of " + url + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(DataSource dataSource, String url) {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0)
                log.info("migrated {} to schema version {} ({} migrations)", url, result.targetSchemaVersion, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new StoreException("database migration failed on " + url + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
