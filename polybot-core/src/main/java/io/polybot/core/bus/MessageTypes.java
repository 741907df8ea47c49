package io.polybot.core.bus;

import io.polybot.core.control.ControlCommand;
import io.polybot.core.control.StrategyChange;
import io.polybot.core.feed.FeedHealth;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.trading.TradingStatus;
import io.polybot.core.wallet.WalletTrade;

import java.util.Map;

/**
 * The payload types that travel on the bus and their stable names. Names, not class names, go
 * on the wire so that classes can move without breaking stored streams.
 */
public final class MessageTypes {
    private static final Map<String, Class<?>> BY_NAME = Map.ofEntries(
            Map.entry("wallet-trade", WalletTrade.class),
            Map.entry("book", OrderBookSnapshot.class),
            Map.entry("signal", Signal.class),
            Map.entry("order", Order.class),
            Map.entry("fill", Fill.class),
            Map.entry("position", Position.class),
            Map.entry("control", ControlCommand.class),
            Map.entry("dead-letter", DeadLetter.class),
            Map.entry("trading-status", TradingStatus.class),
            Map.entry("strategy-change", StrategyChange.class),
            Map.entry("feed-health", FeedHealth.class));

    private MessageTypes() {}

    public static Class<?> classOf(String name) {
        Class<?> type = BY_NAME.get(name);
        if (type == null) throw new IllegalArgumentException("unknown message type: " + name);
        return type;
    }

    public static String nameOf(Class<?> type) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a bus message type: " + type.getName()));
    }
}
