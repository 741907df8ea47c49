package io.polybot.polymarket.order;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Maker and taker amounts of an order in base units, computed exactly as the official
 * {@code @polymarket/clob-client-v2} does (PROTOCOL §3.4 and §3.5).
 *
 * <p>The official algorithm runs on IEEE doubles with a correction step, so this class does
 * too (through {@link JsDoubles}); that containment is deliberate and the reason a venue that
 * validates amounts sees the same integers from us as from the reference client.
 */
public final class OrderAmounts {
    /** Collateral and outcome tokens both have 6 decimals. */
    public static final int TOKEN_DECIMALS = 6;

    /** Maker and taker amounts in base units. */
    public record Amounts(BigInteger makerAmount, BigInteger takerAmount) {
        public Amounts {
            Objects.requireNonNull(makerAmount, "makerAmount");
            Objects.requireNonNull(takerAmount, "takerAmount");
        }
    }

    /** Decimal places for price, size and amount per tick size (roundingConfig.ts). */
    record RoundConfig(int price, int size, int amount) {
        static RoundConfig forTick(BigDecimal tickSize) {
            Objects.requireNonNull(tickSize, "tickSize");
            return switch (tickSize.stripTrailingZeros().toPlainString()) {
                case "0.1" -> new RoundConfig(1, 2, 3);
                case "0.01" -> new RoundConfig(2, 2, 4);
                case "0.005" -> new RoundConfig(3, 2, 5);
                case "0.0025" -> new RoundConfig(4, 2, 6);
                case "0.001" -> new RoundConfig(3, 2, 5);
                case "0.0001" -> new RoundConfig(4, 2, 6);
                default -> throw new IllegalArgumentException("unsupported tick size " + tickSize
                        + " (expected 0.1, 0.01, 0.005, 0.0025, 0.001 or 0.0001)");
            };
        }
    }

    private OrderAmounts() {}

    /**
     * A limit order of {@code size} shares at {@code price} (getOrderRawAmounts): the price is
     * rounded to the tick's decimals, the size down to 2 decimals, the collateral amount with
     * the client's correction step.
     */
    public static Amounts limit(OrderSide side, BigDecimal price, BigDecimal size, BigDecimal tickSize) {
        RoundConfig rc = RoundConfig.forTick(tickSize);
        requirePositive(price, "price");
        requirePositive(size, "size");
        double rawPrice = JsDoubles.roundNormal(JsDoubles.of(price), rc.price());
        double shares = JsDoubles.roundDown(JsDoubles.of(size), rc.size());
        double collateral = fix(shares * rawPrice, rc.amount());
        return side == OrderSide.BUY ? amounts(collateral, shares) : amounts(shares, collateral);
    }

    /**
     * A marketable order (getMarketOrderRawAmounts): {@code amount} is collateral to spend for
     * BUY and shares to sell for SELL; {@code price} is the worst acceptable price, rounded down.
     */
    public static Amounts market(OrderSide side, BigDecimal price, BigDecimal amount, BigDecimal tickSize) {
        RoundConfig rc = RoundConfig.forTick(tickSize);
        requirePositive(price, "price");
        requirePositive(amount, "amount");
        double rawPrice = JsDoubles.roundDown(JsDoubles.of(price), rc.price());
        double maker = JsDoubles.roundDown(JsDoubles.of(amount), rc.size());
        double taker = side == OrderSide.BUY ? maker / rawPrice : maker * rawPrice;
        return amounts(maker, fix(taker, rc.amount()));
    }

    // The client's correction: round up at a+4 places to absorb float noise such as
    // 0.7 * 0.01 = 0.006999999999999999, then truncate to a places if still too long.
    private static double fix(double v, int a) {
        if (JsDoubles.decimalPlaces(v) > a) {
            v = JsDoubles.roundUp(v, a + 4);
            if (JsDoubles.decimalPlaces(v) > a) v = JsDoubles.roundDown(v, a);
        }
        return v;
    }

    private static Amounts amounts(double maker, double taker) {
        return new Amounts(
                JsDoubles.parseUnits(maker, TOKEN_DECIMALS).toBigIntegerExact(),
                JsDoubles.parseUnits(taker, TOKEN_DECIMALS).toBigIntegerExact());
    }

    private static void requirePositive(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
}
