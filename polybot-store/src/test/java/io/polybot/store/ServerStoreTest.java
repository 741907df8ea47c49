package io.polybot.store;

import io.polybot.core.time.SimulatedClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The store contract on a PostgreSQL server (default 127.0.0.1:5432, user postgres, trust auth;
 * override with POLYBOT_TEST_PG_URL / _USER / _PASSWORD). Each run creates its own database and drops it after.
 */
final class ServerStoreTest extends StoreContract {
    private static final String URL_VARIABLE = "POLYBOT_TEST_PG_URL";
    private static final String ADMIN_URL = System.getenv().getOrDefault(URL_VARIABLE, "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("POLYBOT_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv("POLYBOT_TEST_PG_PASSWORD");

    private static String database;
    private static SimulatedClock clock;
    private static Store store;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = "polybot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            // Without an explicit server the default one is optional (a laptop may not run PostgreSQL); an explicit one must work.
            if (System.getenv(URL_VARIABLE) == null)
                Assumptions.abort("no PostgreSQL server at " + ADMIN_URL + " (" + e.getMessage() + "); set " + URL_VARIABLE + " to test against one");
            throw e;
        }
        clock = new SimulatedClock(StoreFixtures.T0);
        store = Store.open(StoreConfig.external(withDatabase(ADMIN_URL, database), USER, PASSWORD), clock);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (store != null) store.close();
        if (database == null) return;
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            if (System.getenv(URL_VARIABLE) != null) throw e;
        }
    }

    @Override Store store() { return store; }

    @Override SimulatedClock clock() { return clock; }

    /** The same server URL pointing at another database: jdbc:postgresql://host:port/DB?params. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int query = url.indexOf('?', hostStart);
        String server = url.substring(0, pathStart >= 0 ? pathStart : (query >= 0 ? query : url.length()));
        String parameters = query >= 0 ? url.substring(query) : "";
        return server + "/" + database + parameters;
    }
}
