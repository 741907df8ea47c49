package io.polybot.polymarket.http;

import java.util.List;
import java.util.Objects;

/** A group of endpoints that share rate-limit budgets; a call must fit every budget of its family. */
public record EndpointFamily(String name, List<RateLimit> limits) {
    public EndpointFamily {
        Objects.requireNonNull(name, "name");
        limits = List.copyOf(limits);
    }

    public static EndpointFamily of(String name, RateLimit... limits) {
        return new EndpointFamily(name, List.of(limits));
    }
}
