package io.polybot.core.bus;

import io.polybot.core.control.ControlCommand;
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
    private static final Map<String, Class<?>> BY_NAME = Map.of(
            "wallet-trade", WalletTrade.class,
            "book", OrderBookSnapshot.class,
            "signal", Signal.class,
            "order", Order.class,
            "fill", Fill.class,
            "position", Position.class,
            "control", ControlCommand.class,
            "dead-letter", DeadLetter.class,
            "trading-status", TradingStatus.class);

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
