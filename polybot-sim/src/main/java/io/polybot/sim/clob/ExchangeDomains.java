package io.polybot.sim.clob;

import io.polybot.polymarket.crypto.Eip712;
import io.polybot.polymarket.order.ClobOrder;
import io.polybot.polymarket.order.ExchangeDomain;
import io.polybot.polymarket.order.OrderHashing;
import io.polybot.polymarket.order.OrderVersion;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The exchange domains of one chain with their EIP-712 separators hashed once: an order's digest
 * (its id, and what its signature covers) then costs one struct hash and one Keccak instead of
 * re-encoding the domain for every order.
 */
final class ExchangeDomains {
    private record Key(OrderVersion version, boolean negRisk) {}

    private record Hashed(ExchangeDomain domain, byte[] separator) {}

    private final long chainId;
    private final Map<Key, Hashed> byKey;

    ExchangeDomains(long chainId) {
        this.chainId = chainId;
        Map<Key, Hashed> all = new HashMap<>();
        for (OrderVersion version : OrderVersion.values()) {
            for (boolean negRisk : new boolean[] {false, true}) {
                ExchangeDomain domain = ExchangeDomain.forOrder(version, chainId, negRisk);
                all.put(new Key(version, negRisk), new Hashed(domain, domain.separator()));
            }
        }
        this.byKey = Map.copyOf(all);
    }

    long chainId() { return chainId; }

    ExchangeDomain domain(OrderVersion version, boolean negRisk) { return byKey.get(new Key(version, negRisk)).domain(); }

    /** What {@code OrderHashing.digest(order, forOrder(order.version(), chainId, negRisk))} returns. */
    byte[] digest(ClobOrder order, boolean negRisk) {
        return Eip712.digest(byKey.get(new Key(order.version(), negRisk)).separator(), OrderHashing.structHash(order));
    }

    /** The order id form of a digest: "0x" + 64 lower-case hex, as {@code OrderHashing.orderHash}. */
    static String orderHash(byte[] digest) { return "0x" + HexFormat.of().formatHex(digest); }
}
