package io.polybot.polymarket;

import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.clob.OrderBookSummary;
import io.polybot.polymarket.clob.PostOrderResult;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.polymarket.order.SignedClobOrder;
import java.math.BigDecimal;
import java.net.URI;

/** The SDK example of the README, compiled and run against a loopback fake by {@link ReadmeExampleTest}. */
final class ReadmeExample {
    private ReadmeExample() {}

    /** Derives API keys, reads a book, places a post-only bid one tick under the best bid, and cancels it. */
    static String run(URI clobUrl, String privateKeyHex, String tokenId) {
        var signer = PrivateKeySigner.fromHex(privateKeyHex);
        var anonymous = new ClobClient(clobUrl, signer, null, 137);               // 137 = Polygon
        ClobClient clob = anonymous.withCredentials(anonymous.createOrDeriveApiKey(0));

        OrderBookSummary book = clob.getBook(tokenId);
        BigDecimal price = book.bestBid().price().subtract(book.tickSize());
        SignedClobOrder order = new OrderBuilder(signer, 137).buildLimit(
                LimitOrderArgs.of(tokenId, price, new BigDecimal("10"), OrderSide.BUY, book.tickSize()));

        return switch (clob.postOrder(order, OrderType.GTC, true)) {
            case PostOrderResult.Accepted a -> "cancelled " + clob.cancelOrder(a.orderId()).canceled();
            case PostOrderResult.Rejected r -> "rejected: " + r.message();
            // Maybe live: never re-sign; look it up by its hash (order.orderHash()) later.
            case PostOrderResult.Unknown u -> "unknown: " + u.cause();
        };
    }
}
