package io.polybot.polymarket;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted loopback HTTP server that records every request. Routes are keyed by
 * "METHOD /path" (no query); a route may answer a queue of replies, one per request.
 */
public final class LoopbackServer implements AutoCloseable {
    public record Request(String method, String path, String query, Map<String, String> headers, String body) {}

    public record Reply(int status, String body, Map<String, String> headers) {
        public Reply(int status, String body) {
            this(status, body, Map.of());
        }
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Reply>> routes = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toUpperCase(), v.get(0)));
            String path = exchange.getRequestURI().getRawPath();
            var request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body);
            requests.add(request);
            Function<Request, Reply> route = routes.get(request.method() + " " + path);
            Reply reply = route == null ? new Reply(404, "{\"error\":\"no route\"}") : route.apply(request);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public LoopbackServer on(String methodAndPath, Function<Request, Reply> route) {
        routes.put(methodAndPath, route);
        return this;
    }

    public LoopbackServer on(String methodAndPath, int status, String body) {
        return on(methodAndPath, r -> new Reply(status, body));
    }

    /** Answers the replies in order, repeating the last one. */
    public LoopbackServer onSequence(String methodAndPath, Reply... replies) {
        Deque<Reply> queue = new ArrayDeque<>(List.of(replies));
        return on(methodAndPath, r -> {
            synchronized (queue) {
                return queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
            }
        });
    }

    public List<Request> requests(String methodAndPath) {
        return requests.stream().filter(r -> (r.method() + " " + r.path()).equals(methodAndPath)).toList();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
