package io.polybot.strategy.whale;

import io.polybot.core.json.Json;
import io.polybot.store.repo.StrategyStateRepository;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link BasketFirings} in the {@code strategy_state} table (strategy {@value BasketCopyStrategy#NAME},
 * key "fired|basket|token", value {@code {"at": …, "tradeId": …}}): read once on start, written through
 * on every firing, so a restarted strategy role does not fire a consensus it already acted on.
 */
public final class StoredBasketFirings implements BasketFirings {
    static final String PREFIX = "fired|";

    private final StrategyStateRepository state;
    private final Map<String, Firing> fired = new ConcurrentHashMap<>();

    public StoredBasketFirings(StrategyStateRepository state) {
        this.state = state;
        state.all(BasketCopyStrategy.NAME).forEach((key, json) -> {
            if (key.startsWith(PREFIX)) fired.put(key.substring(PREFIX.length()), Json.mapper().readValue(json, Firing.class));
        });
    }

    @Override public Optional<Firing> last(String key) { return Optional.ofNullable(fired.get(key)); }

    @Override public void fired(String key, Firing firing) {
        state.put(BasketCopyStrategy.NAME, PREFIX + key, firing);
        fired.put(key, firing);
    }
}
