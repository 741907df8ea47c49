package io.polybot.sim.clob;

import io.javalin.http.Context;
import io.polybot.core.json.Json;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.polymarket.order.ExchangeDomain;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.http.Cursor;
import io.polybot.sim.http.Params;
import io.polybot.sim.matching.Balances;
import io.polybot.sim.matching.CancelResult;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OpenOrder;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.tape.TradeTape;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The CLOB's authenticated endpoints (PROTOCOL §2.1 key management, §3.11-3.13, §4.5): API keys,
 * placing and cancelling orders, and the account's orders, trades and balances.
 */
public final class ClobAccountApi {
    /** The sim is mounted under {@code /clob}; clients sign the path without it. */
    private static final String PREFIX = "/clob";
    private static final int PAGE = 500;
    private static final int MAX_BATCH = 15;
    /** Allowance reported for every exchange: unlimited (uint256 max), nothing is on chain. */
    private static final String UNLIMITED = "115792089237316195423570985008687907853269984665640564039457584007913129639935";

    private final ClobAuth auth;
    private final ApiKeys keys;
    private final OrderIntake intake;
    private final MatchingEngine engine;
    private final TradeTape tape;
    private final long chainId;
    private final Heartbeats heartbeats;

    public ClobAccountApi(ClobAuth auth, ApiKeys keys, OrderIntake intake, MatchingEngine engine, TradeTape tape, long chainId,
                          Heartbeats heartbeats) {
        this.auth = auth;
        this.keys = keys;
        this.intake = intake;
        this.engine = engine;
        this.tape = tape;
        this.chainId = chainId;
        this.heartbeats = heartbeats;
    }

    /** {@code POST /auth/api-key}: credentials for (wallet, nonce); the same ones every time. */
    public void createApiKey(Context ctx) {
        ClobAuth.L1Proof proof = auth.level1(ctx);
        ctx.json(credentials(keys.issue(proof.address(), proof.nonce())));
    }

    /** {@code GET /auth/derive-api-key}: deterministic, so deriving never needs a prior create. */
    public void deriveApiKey(Context ctx) {
        createApiKey(ctx);
    }

    public void apiKeys(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        ctx.json(Map.of("apiKeys", keys.keysOf(owner.address()).stream().map(ApiKeyOwner::apiKey).toList()));
    }

    public void postOrder(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        ctx.json(intake.submit(ctx.body(), owner));
    }

    /** {@code POST /orders}: up to 15 orders, answered one by one in request order; failures are not HTTP errors here. */
    public void postOrders(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        JsonNode body = Json.mapper().readTree(ctx.body());
        if (!body.isArray()) throw ApiError.badRequest("Invalid order payload");
        if (body.size() > MAX_BATCH) throw ApiError.badRequest("Too many orders in payload: " + body.size() + ", max allowed: " + MAX_BATCH);
        List<Object> results = new ArrayList<>();
        for (JsonNode order : body) {
            try {
                results.add(intake.submit(Json.write(order), owner));
            } catch (ApiError e) {
                results.add(new OrderIntake.PostOrderResponse(false, e.getMessage(), "", "", "", "", List.of(), List.of()));
            }
        }
        ctx.json(results);
    }

    public void cancelOrder(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        JsonNode id = Json.mapper().readTree(ctx.body()).get("orderID");
        if (id == null || !id.isString()) throw ApiError.badRequest("Invalid order payload");
        ctx.json(cancelView(engine.cancelOwned(apiKeysOf(owner), List.of(id.asString()))));
    }

    public void cancelOrders(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        JsonNode ids = Json.mapper().readTree(ctx.body());
        if (!ids.isArray()) throw ApiError.badRequest("Invalid order payload");
        List<String> distinct = new ArrayList<>();
        ids.forEach(n -> { if (!distinct.contains(n.asString())) distinct.add(n.asString()); });
        ctx.json(cancelView(engine.cancelOwned(apiKeysOf(owner), distinct)));
    }

    public void cancelAll(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        ctx.json(cancelView(engine.cancelAllOwned(apiKeysOf(owner))));
    }

    public void cancelMarketOrders(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        JsonNode body = ctx.body().isBlank() ? Json.mapper().createObjectNode() : Json.mapper().readTree(ctx.body());
        ConditionId market = text(body, "market").map(ConditionId::new).orElse(null);
        TokenId token = text(body, "asset_id").map(TokenId::new).orElse(null);
        if (market == null && token == null) throw ApiError.badRequest("Invalid payload: market or asset_id is required");
        ctx.json(cancelView(engine.cancelMarketOwned(apiKeysOf(owner), market, token)));
    }

    public void openOrders(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        Optional<String> id = Params.text(ctx, "id");
        Optional<String> market = Params.text(ctx, "market");
        Optional<String> asset = Params.text(ctx, "asset_id");
        List<ClobViews.OpenOrderView> orders = engine.openOrdersOwned(apiKeysOf(owner)).stream()
                .filter(o -> id.map(o.orderId()::equalsIgnoreCase).orElse(true))
                .filter(o -> market.map(o.market().value()::equalsIgnoreCase).orElse(true))
                .filter(o -> asset.map(o.token().value()::equals).orElse(true))
                .map(ClobViews::order).toList();
        ctx.json(Cursor.page(orders, ctx.queryParam("next_cursor"), PAGE));
    }

    public void order(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        OpenOrder order = engine.order(ctx.pathParam("order_id").toLowerCase())
                .or(() -> engine.order(ctx.pathParam("order_id")))
                .filter(o -> o.account().equals(owner.address()) || apiKeysOf(owner).contains(o.owner()))
                .orElseThrow(() -> ApiError.notFound("Order not found"));
        ctx.json(ClobViews.order(order));
    }

    public void trades(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        Set<String> mine = apiKeysOf(owner);
        // Proxy, Safe and deposit-wallet orders trade from the funder, so the key's orders count too.
        Predicate<Trade> filter = t -> t.involves(owner.address()) || mine.contains(t.takerOwner())
                || t.makerFills().stream().anyMatch(f -> mine.contains(f.owner()));
        Optional<String> id = Params.text(ctx, "id");
        Optional<String> market = Params.text(ctx, "market");
        Optional<String> asset = Params.text(ctx, "asset_id");
        Optional<Long> before = Params.longValue(ctx, "before");
        Optional<Long> after = Params.longValue(ctx, "after");
        filter = filter.and(t -> id.map(t.id()::equals).orElse(true))
                .and(t -> market.map(t.market().value()::equalsIgnoreCase).orElse(true))
                .and(t -> asset.map(t.token().value()::equals).orElse(true))
                .and(t -> before.map(b -> t.matchTime().getEpochSecond() < b).orElse(true))
                .and(t -> after.map(a -> t.matchTime().getEpochSecond() > a).orElse(true));
        List<ClobViews.TradeView> trades = tape.findInvolving(List.of(owner.address()), mine, filter, 0, Integer.MAX_VALUE).stream()
                .map(t -> view(t, owner.address(), mine)).toList();
        ctx.json(Cursor.page(trades, ctx.queryParam("next_cursor"), PAGE));
    }

    /** Balances in base units (6 decimals), as the venue reports them; allowances are unlimited. */
    public void balanceAllowance(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        Balances balances = engine.balances(owner.address());
        String assetType = Params.text(ctx, "asset_type").orElse("COLLATERAL").toUpperCase();
        BigDecimal balance = switch (assetType) {
            case "COLLATERAL" -> balances.pusd();
            case "CONDITIONAL", "CONDITIONAL-V2" -> balances.shares(new TokenId(Params.required(ctx, "token_id")));
            default -> throw ApiError.badRequest("Invalid asset_type");
        };
        Map<String, String> allowances = new LinkedHashMap<>();
        allowances.put(ExchangeDomain.forOrder(OrderVersion.V2, chainId, false).verifyingContract(), UNLIMITED);
        allowances.put(ExchangeDomain.forOrder(OrderVersion.V2, chainId, true).verifyingContract(), UNLIMITED);
        ctx.json(Map.of("balance", balance.movePointRight(6).toBigInteger().toString(), "allowances", allowances));
    }

    /**
     * {@code POST /v1/heartbeats {"heartbeat_id": "<previous id or empty>"}}: answers the next id; a
     * wrong id is a 400 naming the expected one. Silence afterwards cancels the account's orders ({@link Heartbeats}).
     */
    public void heartbeat(Context ctx) {
        ApiKeyOwner owner = level2(ctx);
        JsonNode body = ctx.body().isBlank() ? Json.mapper().createObjectNode() : Json.mapper().readTree(ctx.body());
        switch (heartbeats.beat(owner.address(), body.path("heartbeat_id").asString(""))) {
            case Heartbeats.Outcome.Accepted a -> ctx.json(Map.of("heartbeat_id", a.heartbeatId()));
            case Heartbeats.Outcome.WrongId w -> ctx.status(400).json(Map.of("error", "Invalid Heartbeat ID", "heartbeat_id", w.expectedId()));
        }
    }

    /** Every API key of the wallet behind {@code owner}: any of them may see and cancel the others' orders. */
    private Set<String> apiKeysOf(ApiKeyOwner owner) {
        Set<String> out = new HashSet<>();
        keys.keysOf(owner.address()).forEach(k -> out.add(k.apiKey()));
        out.add(owner.apiKey());
        return out;
    }

    /** The trade as the key sees it: as taker if it placed the taker order, else as the maker of its fills. */
    private static ClobViews.TradeView view(Trade t, WalletAddress address, Set<String> mine) {
        if (mine.contains(t.takerOwner())) return ClobViews.trade(t, true, t.takerOwner(), t.taker().value(), "TRADE_STATUS_CONFIRMED", t.transactionHash());
        return t.makerFills().stream().filter(f -> mine.contains(f.owner())).findFirst()
                .map(f -> ClobViews.trade(t, false, f.owner(), f.maker().value(), "TRADE_STATUS_CONFIRMED", t.transactionHash()))
                .orElseGet(() -> ClobViews.trade(t, address));
    }

    private ApiKeyOwner level2(Context ctx) {
        String path = ctx.path();
        return auth.level2(ctx, path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path);
    }

    private static Map<String, String> credentials(ApiKeyOwner owner) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("apiKey", owner.credentials().apiKey());
        out.put("secret", owner.credentials().secret());
        out.put("passphrase", owner.credentials().passphrase());
        return out;
    }

    private static Map<String, Object> cancelView(CancelResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("canceled", result.canceled());
        out.put("not_canceled", result.notCanceled());
        return out;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asString().isBlank() ? Optional.empty() : Optional.of(value.asString());
    }
}
