package io.polybot.gateway;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * How the gateway listens, signs its tokens and whom it lets in across origins.
 *
 * @param host                 interface to bind; 127.0.0.1 unless deliberately exposed (put TLS in front then)
 * @param port                 TCP port; 0 picks a free one
 * @param jwtSecret            HS256 key for access tokens, at least 32 bytes; tokens die with it
 * @param accessTokenTtl       lifetime of an access token: short, the refresh token renews it
 * @param initialAdminPassword password for the {@code admin} user created on first start (from
 *                             {@code POLYBOT_ADMIN_PASSWORD}), or null to generate one and print it once
 * @param refreshTokenTtl      lifetime of a refresh token (each refresh issues a new one)
 * @param allowedOrigins       origins allowed to call the API from a browser on another origin; empty: none (no CORS headers)
 */
public record GatewayConfig(String host, int port, byte[] jwtSecret, Duration accessTokenTtl, String initialAdminPassword,
                            Duration refreshTokenTtl, Set<String> allowedOrigins) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofMinutes(15);
    public static final Duration DEFAULT_REFRESH_TOKEN_TTL = Duration.ofDays(7);
    /** HS256 needs a key at least as long as its 256-bit hash (RFC 7518 §3.2). */
    public static final int MIN_SECRET_BYTES = 32;

    public GatewayConfig {
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        if (jwtSecret == null || jwtSecret.length < MIN_SECRET_BYTES)
            throw new IllegalArgumentException("jwt secret must be at least " + MIN_SECRET_BYTES + " bytes");
        jwtSecret = jwtSecret.clone();
        if (accessTokenTtl == null) accessTokenTtl = DEFAULT_TOKEN_TTL;
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero())
            throw new IllegalArgumentException("access token ttl must be positive, was " + accessTokenTtl);
        if (initialAdminPassword != null && initialAdminPassword.isBlank()) initialAdminPassword = null;
        if (refreshTokenTtl == null) refreshTokenTtl = DEFAULT_REFRESH_TOKEN_TTL;
        if (refreshTokenTtl.compareTo(accessTokenTtl) < 0)
            throw new IllegalArgumentException("refresh token ttl must be at least the access token ttl, was " + refreshTokenTtl);
        allowedOrigins = allowedOrigins == null ? Set.of() : Set.copyOf(allowedOrigins);
        for (String origin : allowedOrigins)
            if (origin.equals("*") || !origin.matches("https?://[^/\\s]+"))
                throw new IllegalArgumentException("allowed origin must be scheme://host[:port] (no wildcard), was '" + origin + "'");
    }

    public GatewayConfig(String host, int port, byte[] jwtSecret, Duration accessTokenTtl, String initialAdminPassword) {
        this(host, port, jwtSecret, accessTokenTtl, initialAdminPassword, null, null);
    }

    public GatewayConfig(String host, int port, byte[] jwtSecret, Duration accessTokenTtl) {
        this(host, port, jwtSecret, accessTokenTtl, null);
    }

    /** Defaults on 127.0.0.1:8080 with a fresh random secret: tokens do not survive a restart. */
    public static GatewayConfig defaults() {
        return new GatewayConfig(DEFAULT_HOST, DEFAULT_PORT, randomSecret(), DEFAULT_TOKEN_TTL, null);
    }

    public static byte[] randomSecret() {
        byte[] secret = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    @Override public byte[] jwtSecret() { return jwtSecret.clone(); }

    public GatewayConfig withPort(int newPort) {
        return new GatewayConfig(host, newPort, jwtSecret, accessTokenTtl, initialAdminPassword, refreshTokenTtl, allowedOrigins);
    }

    public GatewayConfig withInitialAdminPassword(String password) {
        return new GatewayConfig(host, port, jwtSecret, accessTokenTtl, password, refreshTokenTtl, allowedOrigins);
    }

    public GatewayConfig withAllowedOrigins(Set<String> origins) {
        return new GatewayConfig(host, port, jwtSecret, accessTokenTtl, initialAdminPassword, refreshTokenTtl, origins);
    }

    public GatewayConfig withRefreshTokenTtl(Duration ttl) {
        return new GatewayConfig(host, port, jwtSecret, accessTokenTtl, initialAdminPassword, ttl, allowedOrigins);
    }

    @Override public boolean equals(Object other) {
        return other instanceof GatewayConfig c && host.equals(c.host) && port == c.port && Arrays.equals(jwtSecret, c.jwtSecret)
                && accessTokenTtl.equals(c.accessTokenTtl) && Objects.equals(initialAdminPassword, c.initialAdminPassword)
                && refreshTokenTtl.equals(c.refreshTokenTtl) && allowedOrigins.equals(c.allowedOrigins);
    }

    @Override public int hashCode() {
        return Objects.hash(host, port, Arrays.hashCode(jwtSecret), accessTokenTtl, refreshTokenTtl, allowedOrigins);
    }

    /** Never prints the secret or the password. */
    @Override public String toString() {
        return "GatewayConfig[host=" + host + ", port=" + port + ", jwtSecret=***, accessTokenTtl=" + accessTokenTtl
                + ", initialAdminPassword=" + (initialAdminPassword == null ? "generated" : "***") + ", refreshTokenTtl=" + refreshTokenTtl
                + ", allowedOrigins=" + allowedOrigins + "]";
    }
}
