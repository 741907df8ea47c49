package io.polybot.strategy.whale;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each basket last fired on each outcome (key "basket|token") and on which trade: the basket
 * strategy fires once per window, and must remember that across a restart, or the same consensus
 * would buy again on the next agreeing trade.
 */
public interface BasketFirings {
    /** A firing: when, and the id of the trade that completed the consensus (its redelivery may re-emit the same signal). */
    record Firing(Instant at, String tradeId) {
        public Firing {
            if (at == null || tradeId == null || tradeId.isBlank()) throw new IllegalArgumentException("a firing needs a time and a trade id");
        }
    }

    Optional<Firing> last(String key);

    void fired(String key, Firing firing);

    /** Kept in memory only: for tests and tools that never restart. */
    static BasketFirings inMemory() {
        Map<String, Firing> fired = new ConcurrentHashMap<>();
        return new BasketFirings() {
            @Override public Optional<Firing> last(String key) { return Optional.ofNullable(fired.get(key)); }

            @Override public void fired(String key, Firing firing) { fired.put(key, firing); }
        };
    }
}
