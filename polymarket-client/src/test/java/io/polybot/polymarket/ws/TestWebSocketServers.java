package io.polybot.polymarket.ws;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Public entry point to the package-private {@link TestWebSocketServer} for tests in other packages. */
public final class TestWebSocketServers {
    private TestWebSocketServers() {}

    public static Handle start() throws IOException {
        return new Handle(new TestWebSocketServer());
    }

    /** A running test server. */
    public static final class Handle implements AutoCloseable {
        private final TestWebSocketServer server;

        Handle(TestWebSocketServer server) {
            this.server = server;
        }

        public URI uri(String path) {
            return server.uri(path);
        }

        public int connections() {
            return server.connections();
        }

        public List<String> receivedOn(int connection) {
            return server.receivedOn(connection);
        }

        public void broadcast(String text) throws IOException {
            server.broadcast(text);
        }

        public void dropAll() throws IOException {
            server.dropAll();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
