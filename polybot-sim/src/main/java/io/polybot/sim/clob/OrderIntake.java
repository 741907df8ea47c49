package io.polybot.sim.clob;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.polymarket.order.ClobOrder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.PostOrderRequest;
import io.polybot.polymarket.order.SignedClobOrder;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.matching.PlaceResult;
import io.polybot.sim.matching.TokenRules;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.world.World;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a signed {@code POST /order} body into an engine order, checking what the venue checks
 * (PROTOCOL §8): the owner is the API key, the order is signed for the market's exchange version,
 * the signature is valid for its signature type ({@link OrderSignatureCheck}), and the price
 * implied by the amounts lies on the tick grid.
 */
public final class OrderIntake {
    private static final int BASE_UNIT_DECIMALS = 6;
    /** How far a market order's implied price may sit off the grid (its share amount is truncated). */
    private static final BigDecimal SNAP_TOLERANCE_OF_TICK = new BigDecimal("0.01");

    private final World world;
    private final MatchingEngine engine;
    private final ExchangeDomains domains;
    private final OrderSignatureCheck signatures;

    public OrderIntake(World world, MatchingEngine engine, long chainId) {
        this.world = world;
        this.engine = engine;
        this.domains = new ExchangeDomains(chainId);
        this.signatures = new OrderSignatureCheck(domains);
    }

    /** What the venue answers to an accepted order (PROTOCOL §3.12). */
    public record PostOrderResponse(boolean success, String errorMsg, String orderID, String status, String makingAmount,
                                    String takingAmount, List<String> transactionsHashes, List<String> tradeIDs) {}

    public PostOrderResponse submit(String rawBody, ApiKeyOwner key) {
        PostOrderRequest post = parse(rawBody);
        if (!post.owner().equals(key.apiKey())) throw ApiError.badRequest("the order owner has to be the owner of the API KEY");
        TokenId token = new TokenId(post.order().order().tokenId().toString());
        TokenRules rules = engine.rules(token).orElseThrow(() -> ApiError.badRequest("Invalid token id"));
        OrderVersion expected = OrderVersion.ofNumber(engine.terms(rules.market()).orderVersion());
        boolean negRisk = world.marketOf(token).map(m -> m.market().negRisk()).orElse(false);
        if ((post.order().order().version() == OrderVersion.V1) != (expected == OrderVersion.V1)) throw versionMismatch(expected);
        // The hash (the order id) depends on the exchange: the market's version and neg-risk flag. A V1 body
        // has V1 keys; a V2/V3 body does not say which, so it is read as the market's version (no second parse).
        ClobOrder order = OrderSignatureCheck.asVersion(post.order().order(), expected);
        byte[] digest = domains.digest(order, negRisk);
        String orderHash = ExchangeDomains.orderHash(digest);
        signatures.verify(new SignedClobOrder(order, post.order().signature(), orderHash), digest, negRisk, key);
        if (post.postOnly() && (post.orderType() == OrderType.FOK || post.orderType() == OrderType.FAK))
            throw ApiError.badRequest("invalid post-only order: only GTC and GTD orders may be post-only");

        Side side = order.side() == OrderSide.BUY ? Side.BUY : Side.SELL;
        BigDecimal price = price(order, side, rules, orderHash);
        BigDecimal size = shares(side == Side.BUY ? order.takerAmount() : order.makerAmount());
        Optional<Instant> expiration = post.orderType() == OrderType.GTD && order.expiration().signum() > 0
                ? Optional.of(Instant.ofEpochSecond(order.expiration().longValueExact())) : Optional.empty();
        OrderRequest request = new OrderRequest(orderHash, new WalletAddress(order.maker()), key.apiKey(), token, side, price, size,
                TimeInForce.valueOf(post.orderType().name()), expiration);
        return switch (engine.place(request, post.postOnly())) {
            case PlaceResult.Rejected rejected -> throw ApiError.badRequest(rejected.message());
            case PlaceResult.Accepted accepted -> response(orderHash, side, accepted.trade());
        };
    }

    private static PostOrderRequest parse(String rawBody) {
        try {
            return PostOrderBody.parse(rawBody, OrderVersion.V2);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("Invalid order payload");
        }
    }

    /** The client re-reads {@code GET /version} when the error contains {@code order_version_mismatch}. */
    static ApiError versionMismatch(OrderVersion expected) {
        return ApiError.badRequest("order_version_mismatch: the market accepts order version " + expected.number());
    }

    /**
     * The limit price implied by the amounts: BUY maker/taker, SELL taker/maker. A market order's
     * share amount is truncated by the client, so its price may sit a hair off the grid; it is
     * snapped to the nearest tick when within 1% of a tick, otherwise the tick rule rejects it.
     */
    static BigDecimal price(ClobOrder order, Side side, TokenRules rules, String orderHash) {
        BigDecimal collateral = new BigDecimal(side == Side.BUY ? order.makerAmount() : order.takerAmount());
        BigDecimal shares = new BigDecimal(side == Side.BUY ? order.takerAmount() : order.makerAmount());
        if (shares.signum() <= 0 || collateral.signum() <= 0) throw ApiError.badRequest("Invalid order payload");
        BigDecimal implied = collateral.divide(shares, 12, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal tick = rules.tickSize();
        BigDecimal snapped = implied.divide(tick, 0, RoundingMode.HALF_UP).multiply(tick);
        if (implied.subtract(snapped).abs().compareTo(tick.multiply(SNAP_TOLERANCE_OF_TICK)) <= 0) return snapped.stripTrailingZeros();
        throw ApiError.badRequest("order " + orderHash + " is invalid. Price (" + implied.setScale(Math.min(implied.scale(), 6), RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + ") breaks minimum tick size rule: " + tick.stripTrailingZeros().toPlainString());
    }

    private static BigDecimal shares(BigInteger baseUnits) {
        return new BigDecimal(baseUnits, BASE_UNIT_DECIMALS).stripTrailingZeros();
    }

    private static PostOrderResponse response(String orderHash, Side side, Optional<Trade> trade) {
        if (trade.isEmpty()) return new PostOrderResponse(true, "", orderHash, "live", "", "", List.of(), List.of());
        Trade t = trade.get();
        String shares = t.size().stripTrailingZeros().toPlainString();
        String collateral = t.notional().stripTrailingZeros().toPlainString();
        // BUY gives collateral and takes shares; SELL the reverse.
        String making = side == Side.BUY ? collateral : shares;
        String taking = side == Side.BUY ? shares : collateral;
        return new PostOrderResponse(true, "", orderHash, "matched", making, taking, List.of(t.transactionHash()), List.of(t.id()));
    }
}
