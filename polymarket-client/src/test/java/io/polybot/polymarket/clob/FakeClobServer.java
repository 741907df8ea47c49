package io.polybot.polymarket.clob;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A scripted HTTP server under a {@code /clob} prefix that records every request. */
final class FakeClobServer implements AutoCloseable {
    record Request(String method, String path, String query, Map<String, String> headers, String body) {}

    record Reply(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Function<Request, Reply>> routes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeClobServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/clob", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toUpperCase(), v.get(0)));
            String path = exchange.getRequestURI().getPath().substring("/clob".length());
            var request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body);
            requests.add(request);
            Function<Request, Reply> route = routes.get(request.method() + " " + path);
            Reply reply = route == null ? new Reply(404, "{\"error\":\"no route\"}") : route.apply(request);
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    void on(String methodAndPath, Function<Request, Reply> route) {
        routes.put(methodAndPath, route);
    }

    void on(String methodAndPath, int status, String body) {
        on(methodAndPath, r -> new Reply(status, body));
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/clob");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
