package io.polybot.store;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.SignalId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigInteger;
import java.time.Instant;

/** Test values: ids of the right shape and an order builder. */
final class StoreFixtures {
    /** A time with microseconds, as TIMESTAMPTZ stores it. */
    static final Instant T0 = Instant.parse("2026-03-01T12:34:56.123456Z");

    private StoreFixtures() {}

    static ConditionId conditionId(int n) { return new ConditionId("0x" + hex(n, 64)); }

    /** A realistic 61-digit outcome token id. */
    static TokenId tokenId(int n) { return new TokenId(BigInteger.TWO.pow(200).add(BigInteger.valueOf(n)).toString()); }

    static WalletAddress wallet(int n) { return new WalletAddress("0x" + hex(n, 40)); }

    static OrderHash orderHash(int n) { return new OrderHash("0x" + hex(n, 64)); }

    static SignalId signalId(int n) { return SignalId.of("whale-copy", "trigger-" + n); }

    static Order order(int n, SignalId signal, OrderStatus status, Instant createdAt) {
        return new Order(orderHash(n), signal, conditionId(1), tokenId(1), Side.BUY, Price.of("0.57"), Size.of("125.5"),
                Size.ZERO, status, TimeInForce.GTC, null, createdAt, createdAt);
    }

    private static String hex(int n, int digits) { return String.format("%0" + digits + "x", n); }
}
