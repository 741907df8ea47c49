package io.polybot.sim;

import java.net.URI;

/**
 * Base URLs of the simulated services, all on one port; point the real clients at these.
 * {@code ws} is the CLOB socket base: its channels are {@code ws + "/market"} and {@code ws + "/user"}.
 */
public record SimUrls(URI clob, URI rtds, URI data, URI gamma, URI sim, URI ws) {
    public static SimUrls of(String host, int port) {
        String http = "http://" + host + ":" + port;
        return new SimUrls(URI.create(http + "/clob"), URI.create("ws://" + host + ":" + port + "/rtds"),
                URI.create(http + "/data"), URI.create(http + "/gamma"), URI.create(http + "/sim"),
                URI.create("ws://" + host + ":" + port + "/ws"));
    }

    /** The one line the sim prints on start, for scripts and the demo to pick up. */
    public String startupLine() {
        return "{\"sim\":{\"clob\":\"" + clob + "\",\"rtds\":\"" + rtds + "\",\"data\":\"" + data
                + "\",\"gamma\":\"" + gamma + "\",\"sim\":\"" + sim + "\"}}";
    }
}
