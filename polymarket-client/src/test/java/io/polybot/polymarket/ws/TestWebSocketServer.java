package io.polybot.polymarket.ws;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately tiny RFC 6455 server for loopback tests: handshake, text frames both ways,
 * close and ping handling, and fault injection (abrupt drop, silence). No extensions.
 */
final class TestWebSocketServer implements AutoCloseable {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    /** Every text frame received, across connections, prefixed by the connection number. */
    final List<String> received = new CopyOnWriteArrayList<>();

    TestWebSocketServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("test-ws-accept").start(this::acceptLoop);
    }

    URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + path);
    }

    int connections() {
        return connections.get();
    }

    /** Texts received on connection {@code n} (1-based). */
    List<String> receivedOn(int n) {
        String prefix = n + ":";
        return received.stream().filter(s -> s.startsWith(prefix)).map(s -> s.substring(prefix.length())).toList();
    }

    /** Sends a text frame to every open connection. */
    void broadcast(String text) throws IOException {
        for (Socket s : open) writeFrame(s, 0x1, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Closes every connection without a close frame, like a network failure. */
    void dropAll() throws IOException {
        for (Socket s : open) s.close();
        open.clear();
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropAll();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String key = handshake(in);
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int n = connections.incrementAndGet();
            open.add(socket);
            readFrames(new DataInputStream(in), socket, n);
        } catch (Exception e) {
            // Connection gone: that is what most tests provoke.
        } finally {
            open.remove(socket);
        }
    }

    private static String handshake(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) throw new IOException("eof in handshake");
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Sec-WebSocket-Key"))
                return line.substring(colon + 1).trim();
        }
        throw new IOException("no Sec-WebSocket-Key");
    }

    private void readFrames(DataInputStream in, Socket socket, int n) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            int opcode = b0 & 0x0f;
            long len = b1 & 0x7f;
            if (len == 126) len = in.readUnsignedShort();
            else if (len == 127) len = in.readLong();
            byte[] mask = new byte[4];
            if ((b1 & 0x80) != 0) in.readFully(mask);
            byte[] payload = new byte[(int) len];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
            switch (opcode) {
                case 0x0, 0x1 -> {
                    message.writeBytes(payload);
                    if ((b0 & 0x80) != 0) {
                        received.add(n + ":" + message.toString(StandardCharsets.UTF_8));
                        message.reset();
                    }
                }
                case 0x8 -> {
                    writeFrame(socket, 0x8, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
                    return;
                }
                case 0x9 -> writeFrame(socket, 0xA, payload);
                default -> { }
            }
        }
    }

    private static void writeFrame(Socket socket, int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else if (payload.length < 65536) {
            frame.write(126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(127);
            for (int i = 7; i >= 0; i--) frame.write((int) ((long) payload.length >> (8 * i)) & 0xff);
        }
        frame.writeBytes(payload);
        synchronized (socket) {
            OutputStream out = socket.getOutputStream();
            out.write(frame.toByteArray());
            out.flush();
        }
    }
}
