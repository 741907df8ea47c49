package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.matching.TradeListener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The informed whale's trades printed on the tape and the RTDS feed without being matched: the
 * latency harness's feed at rates the matching engine cannot reach on a small machine (a matched
 * whale trade sweeps the book and has every market maker requote; about 300 a second here). Each
 * print is a $10,000-$25,000 buy of a quoted market's favoured outcome at its best ask, as a
 * matched one would start; the book is left as the makers quote it, so the copies that follow are
 * matched against it for real.
 */
public final class WhalePrints {
    /** Far above any sequence the engine reaches in a run: prints never share a number with a matched trade. */
    private static final long FIRST_SEQUENCE = 1L << 48;

    private final MatchingEngine engine;
    private final TradeListener feed;
    private final Clock clock;
    private final String salt;
    private final Random random;
    private final AtomicLong printed = new AtomicLong();
    /** The world's markets and wallets are fixed: read once. */
    private final List<SimMarket> quoted;
    private final List<SimWallet> informed;
    private final WalletAddress maker;

    /** @param feed where each print goes: the tape (Data API) first, then RTDS, as the engine tells its listeners */
    public WhalePrints(World world, MatchingEngine engine, TradeListener feed, Clock clock, String salt, long seed) {
        this.engine = engine;
        this.feed = feed;
        this.clock = clock;
        this.salt = salt;
        this.random = new Random(seed);
        this.quoted = world.markets().stream().filter(m -> !m.market().negRisk()).toList();
        this.informed = world.wallets(WalletType.INFORMED);
        this.maker = world.wallets(WalletType.MARKET_MAKER).stream().findFirst().map(SimWallet::address).orElse(null);
    }

    /** Prints one whale buy; empty when no market has an ask to buy at. Thread-safe. */
    public synchronized Optional<Trade> print() {
        if (quoted.isEmpty() || informed.isEmpty()) return Optional.empty();
        // From a random market on, the first whose favoured outcome has an ask (a resolved market has no book).
        int from = random.nextInt(quoted.size());
        SimMarket market = null;
        Optional<BigDecimal> ask = Optional.empty();
        for (int i = 0; i < quoted.size() && ask.isEmpty(); i++) {
            market = quoted.get((from + i) % quoted.size());
            ask = engine.bestAsk(market.favoured().tokenId());
        }
        if (ask.isEmpty()) return Optional.empty();
        OutcomeToken token = market.favoured();
        BigDecimal notional = WorldDriver.whaleNotional(random);
        BigDecimal size = notional.divide(ask.get(), 2, RoundingMode.DOWN);
        long n = printed.incrementAndGet();
        String id = "print-" + salt + "-" + n;
        WalletAddress whale = informed.getFirst().address();
        Trade trade = new Trade(id, FIRST_SEQUENCE + n, market.market().conditionId(), token.tokenId(), token.outcome(), token.outcomeIndex(),
                Side.BUY, size, size.multiply(ask.get()), id, whale, "", List.of(new MakerFill(id, maker == null ? whale : maker, "", Side.SELL, ask.get(), size,
                token.tokenId())), clock.now(), "0x%016x%048x".formatted(salt.hashCode() & 0xffffffffL, n), BigDecimal.ZERO);
        feed.onTrade(trade);
        return Optional.of(trade);
    }
}
