package io.polybot.gateway.api;

import io.javalin.http.Context;
import io.polybot.core.time.Clock;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Properties;

/** {@code GET /api/health}: that the gateway answers, its time and its build version. No auth. */
public final class HealthEndpoint {
    public record Health(String status, Instant time, String version) {}

    private final Clock clock;
    private final String version;

    public HealthEndpoint(Clock clock) {
        this.clock = clock;
        this.version = buildVersion();
    }

    public void get(Context ctx) { ctx.json(new Health("UP", clock.now(), version)); }

    /** The Maven version, filtered into a resource at build time. */
    public static String buildVersion() {
        try (InputStream in = HealthEndpoint.class.getResourceAsStream("/io/polybot/gateway/build.properties")) {
            if (in == null) return "unknown";
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
