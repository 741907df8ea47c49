package io.polybot.execution;

import io.polybot.core.market.BookLevel;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builders shared by execution's tests: one market with a YES/NO pair, books, signals, positions. */
public final class ExecutionFixtures {
    public static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    public static final ConditionId MARKET = new ConditionId("0x" + "11".repeat(32));
    public static final TokenId YES = new TokenId("1001");
    public static final TokenId NO = new TokenId("1002");

    private ExecutionFixtures() {}

    public static Market market(MarketStatus status, String event) {
        return new Market(MARKET, "Will it rain?", "rain", event, "weather",
                List.of(new OutcomeToken(YES, "Yes", 0), new OutcomeToken(NO, "No", 1)),
                new BigDecimal("0.01"), new BigDecimal("5"), false, NOW.plus(Duration.ofDays(3)), status, null);
    }

    /** A YES book at the given time with one bid at 0.48 and the given asks (price, size, price, size, ...). */
    public static OrderBookSnapshot asks(Instant at, String... priceSize) {
        List<BookLevel> levels = new ArrayList<>();
        for (int i = 0; i < priceSize.length; i += 2) levels.add(new BookLevel(Price.of(priceSize[i]), Size.of(priceSize[i + 1])));
        return new OrderBookSnapshot(MARKET, YES, List.of(new BookLevel(Price.of("0.48"), Size.of("500"))), levels,
                new BigDecimal("0.01"), new BigDecimal("5"), at);
    }

    /** A whale-copy BUY signal for YES at the given reference price. */
    public static Signal signal(String price) {
        return signal(price, "trade-" + price);
    }

    /** A copy of the whale trade {@code tradeId} at {@code price}. */
    public static Signal signal(String price, String tradeId) {
        return new Signal(SignalId.of("whale-copy", tradeId), "whale-copy", MARKET, YES, "Yes", Side.BUY, Price.of(price),
                Usd.of("12500"), "test", Map.of(), NOW);
    }

    public static Position position(TokenId token, String cost) {
        return new Position(MARKET, token, "Yes", Size.of("100"), Usd.of(cost), Usd.ZERO, Usd.ZERO, NOW);
    }
}
