package io.polybot.execution.market;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.TokenId;
import io.polybot.core.time.Clock;
import io.polybot.store.repo.MarketRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Execution's read model of the market catalogue: markets by outcome token and by condition id,
 * read through from the store. Ingest's catalogue may run in another process, so nothing tells us
 * when it upserts; instead an entry older than {@code refreshAfter} is served once more and reloaded
 * in the background (one load at a time per entry). The signal path reads the store only for a
 * token it has never seen; a market closed by the catalogue is seen within {@code refreshAfter}
 * (and the venue refuses orders in it meanwhile). Unknown tokens are not cached: a new market is
 * read on its first signal.
 */
public final class MarketCache {
    private static final Logger log = LoggerFactory.getLogger(MarketCache.class);

    private final MarketRepository markets;
    private final Clock clock;
    private final Duration refreshAfter;
    private final ConcurrentHashMap<TokenId, Entry> byToken = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ConditionId, Entry> byCondition = new ConcurrentHashMap<>();

    public MarketCache(MarketRepository markets, Clock clock, Duration refreshAfter) {
        if (refreshAfter.isNegative() || refreshAfter.isZero()) throw new IllegalArgumentException("refreshAfter must be positive");
        this.markets = markets;
        this.clock = clock;
        this.refreshAfter = refreshAfter;
    }

    public Optional<Market> byToken(TokenId token) { return read(byToken, token, markets::findByToken); }

    public Optional<Market> byCondition(ConditionId market) { return read(byCondition, market, markets::find); }

    private <K> Optional<Market> read(ConcurrentHashMap<K, Entry> entries, K key, Function<K, Optional<Market>> load) {
        Entry entry = entries.get(key);
        if (entry == null) {
            Optional<Market> loaded = load.apply(key);
            loaded.ifPresent(m -> entries.put(key, new Entry(m, clock.now())));
            return loaded;
        }
        if (Duration.between(entry.loadedAt, clock.now()).compareTo(refreshAfter) > 0 && entry.refreshing.compareAndSet(false, true))
            Thread.ofVirtual().name("market-cache-refresh").start(() -> refresh(entries, key, load, entry));
        return Optional.of(entry.market);
    }

    private <K> void refresh(ConcurrentHashMap<K, Entry> entries, K key, Function<K, Optional<Market>> load, Entry stale) {
        try {
            Optional<Market> loaded = load.apply(key);
            // A market that left the catalogue is kept as last known: risk judges its status, the venue has the last word.
            entries.replace(key, stale, new Entry(loaded.orElse(stale.market), clock.now()));
        } catch (RuntimeException e) {
            log.warn("could not refresh market {} from the store, keeping the cached one: {}", key, e.toString());
            stale.refreshing.set(false);
        }
    }

    /** One cached market and when it was read; {@code refreshing} lets one background reload run at a time. */
    private static final class Entry {
        final Market market;
        final Instant loadedAt;
        final AtomicBoolean refreshing = new AtomicBoolean();

        Entry(Market market, Instant loadedAt) {
            this.market = market;
            this.loadedAt = loadedAt;
        }
    }
}
