package io.polybot.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database lives: either an external PostgreSQL server ({@code jdbcUrl} set) or an
 * embedded PostgreSQL that the app starts itself, keeping its data in {@code dataDir}.
 *
 * @param jdbcUrl  {@code jdbc:postgresql:...} of an external server, or null for embedded
 * @param user     database user (external; may be null when the URL carries it)
 * @param password database password (external; may be null)
 * @param dataDir  the embedded cluster's data directory, or null for external
 */
public record StoreConfig(String jdbcUrl, String user, String password, Path dataDir) {
    public static final String URL_VARIABLE = "POLYBOT_DB_URL";
    public static final String USER_VARIABLE = "POLYBOT_DB_USER";
    public static final String PASSWORD_VARIABLE = "POLYBOT_DB_PASSWORD";

    public StoreConfig {
        if ((jdbcUrl == null) == (dataDir == null))
            throw new IllegalArgumentException("store config needs exactly one of a JDBC URL (external) or a data directory (embedded)");
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:"))
            throw new IllegalArgumentException("only PostgreSQL is supported: the JDBC URL must start with jdbc:postgresql:, was " + jdbcUrl);
    }

    /** Embedded PostgreSQL with its data in {@code dataDir}; the data survives restarts. */
    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(null, null, null, dataDir);
    }

    /** An external PostgreSQL server (15 or newer). */
    public static StoreConfig external(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) throw new IllegalArgumentException("external store needs a JDBC URL");
        return new StoreConfig(jdbcUrl, user, password, null);
    }

    /**
     * External when {@code POLYBOT_DB_URL} is set (with {@code POLYBOT_DB_USER} / {@code POLYBOT_DB_PASSWORD}),
     * else embedded under {@code <defaultDataDir>/postgres}.
     */
    public static StoreConfig fromEnvironment(Path defaultDataDir) {
        return fromEnvironment(System.getenv(), defaultDataDir);
    }

    /** As {@link #fromEnvironment(Path)}, reading the given variables instead of the process environment. */
    public static StoreConfig fromEnvironment(Map<String, String> environment, Path defaultDataDir) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank())
            return external(url.trim(), environment.get(USER_VARIABLE), environment.get(PASSWORD_VARIABLE));
        if (defaultDataDir == null) throw new IllegalArgumentException(URL_VARIABLE + " is not set and no data directory was given");
        return embedded(defaultDataDir.resolve("postgres"));
    }

    public boolean isEmbedded() { return dataDir != null; }

    /** Never prints the password. */
    @Override public String toString() {
        return isEmbedded()
                ? "StoreConfig[embedded, dataDir=" + dataDir + "]"
                : "StoreConfig[jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
