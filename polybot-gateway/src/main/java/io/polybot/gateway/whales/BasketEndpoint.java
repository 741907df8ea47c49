package io.polybot.gateway.whales;

import io.javalin.http.Context;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.Store;
import io.polybot.store.repo.BasketLean;
import io.polybot.store.repo.BasketRepository;
import io.polybot.store.repo.MarketSummary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code GET /api/baskets}: the stored (user-defined) baskets with the outcomes their wallets lean
 * towards within the basket strategy's current window. The automatic per-category baskets live in
 * the strategy role's memory (rebuilt by each scoring run) and are not listed.
 */
public final class BasketEndpoint {
    static final int LEANS_PER_BASKET = 20;
    private static final int SHARE_SCALE = 4;

    public record ConsensusView(String market, String question, String token, String outcome, Side side, BigDecimal share, int wallets,
                                long windowHours, BigDecimal vwap) {}

    public record BasketView(String id, String name, String category, boolean userDefined, List<String> wallets,
                             List<ConsensusView> consensus) {}

    private final Store store;
    private final BasketRepository baskets;
    private final Supplier<Duration> window;
    private final Clock clock;

    /** @param window the basket strategy's current consensus window */
    public BasketEndpoint(Store store, Supplier<Duration> window, Clock clock) {
        this.store = store;
        this.baskets = new BasketRepository(store.jdbi());
        this.window = window;
        this.clock = clock;
    }

    public void list(Context ctx) {
        Duration w = window.get();
        ctx.json(baskets.all().stream().map(b -> {
            List<BasketLean> leans = baskets.leans(b.wallets(), clock.now().minus(w), LEANS_PER_BASKET);
            Map<ConditionId, MarketSummary> markets = store.markets().summaries(leans.stream().map(BasketLean::market).collect(Collectors.toSet()));
            List<ConsensusView> consensus = leans.stream().map(l -> new ConsensusView(l.market().value(),
                    markets.containsKey(l.market()) ? markets.get(l.market()).question() : null, l.token().value(), l.outcome(), Side.BUY,
                    BigDecimal.valueOf(l.agreeing()).divide(BigDecimal.valueOf(l.active()), SHARE_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros(),
                    l.agreeing(), w.toHours(), l.vwap() == null ? null : l.vwap().setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros())).toList();
            return new BasketView(b.name(), b.name(), b.category(), true, b.wallets().stream().map(WalletAddress::value).sorted().toList(), consensus);
        }).toList());
    }
}
