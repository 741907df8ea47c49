package io.polybot.ingest;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A real HTTP server on loopback answering one path with JSON chosen from the request's query
 * parameters: stands in for Polymarket's Data API or Gamma in ingest tests, so the real clients,
 * parsers and paging run. Records every query it was asked.
 */
public final class LoopbackApi implements AutoCloseable {
    private final HttpServer server;
    public final List<Map<String, String>> queries = new CopyOnWriteArrayList<>();

    /** @param answer the JSON body for a request's query parameters */
    public LoopbackApi(String path, Function<Map<String, String>, String> answer) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, exchange -> {
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            queries.add(query);
            byte[] body = answer.apply(query).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public URI url() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); }

    private static Map<String, String> parse(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String text) { return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8); }

    @Override public void close() { server.stop(0); }
}
