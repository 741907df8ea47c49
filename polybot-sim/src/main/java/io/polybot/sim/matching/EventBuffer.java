package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Collects what one engine operation changed (order events, touched price levels, the trade) and
 * hands it to the listeners when the operation is done, so a {@code price_change} carries the
 * final size of every level it names. Owned by {@link MatchingEngine}, used under its lock.
 */
final class EventBuffer {
    private static final Logger log = LoggerFactory.getLogger(EventBuffer.class);

    private record Level(TokenId token, ConditionId market, Side side, BigDecimal price) {}

    final List<TradeListener> tradeListeners = new CopyOnWriteArrayList<>();
    final List<EngineListener> engineListeners = new CopyOnWriteArrayList<>();
    private final List<OrderEvent> orders = new ArrayList<>();
    private final Set<Level> touched = new LinkedHashSet<>();
    private final List<Trade> trades = new ArrayList<>();

    void order(OrderEvent.Type type, RestingOrder order) {
        if (!engineListeners.isEmpty()) orders.add(new OrderEvent(type, order.view()));
    }

    void level(RestingOrder order) {
        if (!engineListeners.isEmpty())
            touched.add(new Level(order.request.token(), order.rules.market(), order.request.side(), order.price()));
    }

    void trade(Trade trade) { trades.add(trade); }

    /** Publishes: order events first, then trades, then one book update per market. */
    void flush(Function<TokenId, OrderBook> books, Instant now) {
        for (OrderEvent event : orders) each(engineListeners, l -> l.onOrder(event));
        orders.clear();
        for (Trade trade : trades) each(tradeListeners, l -> l.onTrade(trade));
        trades.clear();
        if (touched.isEmpty()) return;
        Map<ConditionId, List<BookUpdate.LevelChange>> byMarket = new LinkedHashMap<>();
        for (Level level : touched) {
            OrderBook book = books.apply(level.token());
            byMarket.computeIfAbsent(level.market(), m -> new ArrayList<>()).add(new BookUpdate.LevelChange(level.token(),
                    level.side(), level.price(), book.levelSize(level.side(), level.price()), book.best(Side.BUY), book.best(Side.SELL)));
        }
        touched.clear();
        byMarket.forEach((market, changes) -> {
            BookUpdate update = new BookUpdate(market, changes, now);
            each(engineListeners, l -> l.onBookUpdate(update));
        });
    }

    /** A failing listener must not undo what already happened, nor keep the others from hearing of it. */
    static <L> void each(List<L> listeners, java.util.function.Consumer<L> call) {
        for (L listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.error("engine listener {} failed", listener, e);
            }
        }
    }
}
