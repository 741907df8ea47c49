package io.polybot.gateway.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard's built files (classpath {@code /public}, from the polybot-dashboard jar) at
 * {@code /}. Unknown non-API paths get index.html so the app's own views survive a reload. A
 * jar built with {@code -DskipUi} has no index.html: then {@code /} explains that instead.
 */
public final class DashboardSite {
    private static final String ROOT = "/public";
    private static final String NOT_BUILT_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Polybot gateway</title></head>
            <body style="background:#0b1020;color:#cbd5e1;font-family:system-ui,sans-serif;padding:3rem;line-height:1.6">
            <h1 style="color:#f1f5f9;font-weight:600">Polybot gateway is running</h1>
            <p>The dashboard was not built into this jar (it was built with <code>-DskipUi</code>).</p>
            <p>Build it with <code>./polybot mvn -B install -pl dashboard</code> (needs Node 20.19+ and npm),
            then rebuild the app. The API answers at <a style="color:#7dd3fc" href="/api/health">/api/health</a>.</p>
            </body></html>
            """;

    private final byte[] indexHtml;

    private DashboardSite(byte[] indexHtml) { this.indexHtml = indexHtml; }

    /** Looks for the built dashboard on the classpath of the given class. */
    public static DashboardSite fromClasspath(Class<?> anchor) {
        try (InputStream in = anchor.getResourceAsStream(ROOT + "/index.html")) {
            return new DashboardSite(in == null ? null : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the dashboard's index.html failed", e);
        }
    }

    public boolean built() { return indexHtml != null; }

    /** Registers the static files: hashed assets cached for a year, everything else revalidated. */
    public void configure(JavalinConfig config, Class<?> anchor) {
        if (!built()) return;
        if (anchor.getResource(ROOT + "/assets") != null) {
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = ROOT + "/assets";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            });
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
    }

    /** {@code GET /} when there is no built dashboard (with one, the static files answer first). */
    public void root(Context ctx) {
        if (built()) page(ctx);
        else ctx.status(200).html(NOT_BUILT_PAGE);
    }

    /** For a non-API path nothing else answered: the app's page, so its client-side views load. */
    public void fallback(Context ctx) {
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) return;
        if (built()) page(ctx);
        else ctx.status(404).html(NOT_BUILT_PAGE);
    }

    private void page(Context ctx) {
        ctx.status(200).header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(indexHtml);
    }
}
