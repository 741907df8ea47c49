package io.polybot.sim.clob;

import io.javalin.http.Context;
import io.polybot.core.json.Json;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.core.time.Clock;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.http.Cursor;
import io.polybot.sim.http.Params;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.FeeSchedule;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.resolution.Resolved;
import io.polybot.sim.resolution.Settlement;
import io.polybot.sim.tape.TradeTape;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.World;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.polybot.sim.clob.ClobViews.plain;

/** The CLOB's public market-data endpoints (PROTOCOL §4.1): no authentication. */
public final class ClobPublicApi {
    private static final int MARKETS_PAGE = 500;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final World world;
    private final MatchingEngine engine;
    private final TradeTape tape;
    private final Settlement settlement;
    private final Clock wallClock;

    public ClobPublicApi(World world, MatchingEngine engine, TradeTape tape, Settlement settlement, Clock wallClock) {
        this.world = world;
        this.engine = engine;
        this.tape = tape;
        this.settlement = settlement;
        this.wallClock = wallClock;
    }

    /** Bare integer seconds of the wall clock: clients sign L1/L2 timestamps with it. */
    public void time(Context ctx) {
        ctx.contentType("application/json").result(Long.toString(wallClock.now().getEpochSecond()));
    }

    /** The venue-wide default; a market with another order version answers {@code order_version_mismatch} to posts. */
    public void version(Context ctx) { ctx.json(Map.of("version", 2)); }

    public void ok(Context ctx) { ctx.json("OK"); }

    public void book(Context ctx) {
        ctx.json(summary(tokenParam(ctx, "token_id")));
    }

    /** {@code POST /books} with {@code [{"token_id": ...}]}; unknown tokens are left out. */
    public void booksPost(Context ctx) {
        JsonNode body = Json.mapper().readTree(ctx.body());
        if (!body.isArray()) throw ApiError.badRequest("Invalid payload");
        List<ClobViews.BookSummary> out = new ArrayList<>();
        for (JsonNode item : body) {
            JsonNode id = item.get("token_id");
            if (id != null) knownToken(id.asString()).flatMap(engine::book).ifPresent(d -> out.add(ClobViews.book(d, negRisk(d))));
        }
        ctx.json(out);
    }

    public void booksGet(Context ctx) {
        ctx.json(Params.list(ctx, "token_ids").stream().map(this::knownToken).flatMap(Optional::stream)
                .map(engine::book).flatMap(Optional::stream).map(d -> ClobViews.book(d, negRisk(d))).toList());
    }

    public void tickSize(Context ctx) {
        SimMarket market = marketOf(tokenFromPathOrQuery(ctx));
        ctx.json(Map.of("minimum_tick_size", market.market().tickSize()));
    }

    public void negRisk(Context ctx) {
        SimMarket market = marketOf(tokenFromPathOrQuery(ctx));
        ctx.json(Map.of("neg_risk", market.market().negRisk()));
    }

    /** The V1 {@code base_fee} (signed into V1 orders): zero; CLOB V2 fees are charged at match time ({@code fd}). */
    public void feeRate(Context ctx) {
        marketOf(tokenFromPathOrQuery(ctx));
        ctx.json(Map.of("base_fee", 0));
    }

    /** {@code side=BUY} answers the best bid, {@code SELL} the best ask (the OpenAPI's reading). */
    public void price(Context ctx) {
        BookDepth depth = depth(tokenParam(ctx, "token_id"));
        String side = Params.required(ctx, "side");
        Optional<BigDecimal> price = switch (side.toUpperCase()) {
            case "BUY" -> depth.bestBid();
            case "SELL" -> depth.bestAsk();
            default -> throw ApiError.badRequest("Invalid side");
        };
        ctx.json(Map.of("price", price.map(ClobViews::plain).orElseThrow(() -> ApiError.notFound("No orderbook exists for the requested token id"))));
    }

    /** Both key spellings seen in the wild ({@code mid} in the ts-sdk, {@code mid_price} in the OpenAPI). */
    public void midpoint(Context ctx) {
        String mid = plain(mid(depth(tokenParam(ctx, "token_id"))));
        ctx.json(Map.of("mid", mid, "mid_price", mid));
    }

    public void spread(Context ctx) {
        BookDepth depth = depth(tokenParam(ctx, "token_id"));
        BigDecimal spread = depth.bestAsk().flatMap(a -> depth.bestBid().map(a::subtract)).orElse(BigDecimal.ONE);
        ctx.json(Map.of("spread", plain(spread)));
    }

    public void lastTradePrice(Context ctx) {
        TokenId token = tokenParam(ctx, "token_id");
        List<Trade> last = tape.find(t -> t.token().equals(token), 0, 1);
        ctx.json(last.isEmpty() ? Map.of("price", "0.5", "side", "")
                : Map.of("price", plain(last.getFirst().makerFills().getLast().price()), "side", last.getFirst().side().name()));
    }

    public void markets(Context ctx) {
        List<Map<String, Object>> all = world.markets().stream().map(this::market).toList();
        ctx.json(Cursor.page(all, ctx.queryParam("next_cursor"), MARKETS_PAGE));
    }

    public void marketById(Context ctx) {
        ctx.json(market(marketByCondition(ctx.pathParam("condition_id"))));
    }

    /** Compact market info of {@code GET /clob-markets/{condition_id}} (PROTOCOL §4.3). */
    public void clobMarket(Context ctx) {
        SimMarket m = marketByCondition(ctx.pathParam("condition_id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("c", m.market().conditionId().value());
        out.put("t", m.market().tokens().stream().map(t -> Map.of("t", t.tokenId().value(), "o", t.outcome())).toList());
        out.put("mts", m.market().tickSize());
        out.put("mos", m.market().minOrderSize());
        FeeSchedule fees = engine.terms(m.market().conditionId()).fees();
        out.put("fd", Map.of("r", fees.rate(), "e", fees.exponent(), "to", fees.takersOnly()));
        out.put("mbf", 0);
        out.put("tbf", 0);
        out.put("r", null);
        out.put("ao", true);
        out.put("sd", 0);
        ctx.json(out);
    }

    public void marketsByToken(Context ctx) {
        SimMarket m = marketOf(tokenFromPathOrQuery(ctx));
        ctx.json(Map.of("condition_id", m.market().conditionId().value(), "primary_token_id", m.yes().tokenId().value(),
                "secondary_token_id", m.no().tokenId().value()));
    }

    /** The CLOB {@code Market} object (PROTOCOL §4.4). */
    private Map<String, Object> market(SimMarket m) {
        Map<String, Object> out = new LinkedHashMap<>();
        Optional<Resolved> resolved = settlement.resolution(m.market().conditionId());
        out.put("enable_order_book", resolved.isEmpty());
        out.put("active", resolved.isEmpty());
        out.put("closed", resolved.isPresent());
        out.put("archived", false);
        out.put("accepting_orders", resolved.isEmpty());
        out.put("accepting_order_timestamp", null);
        out.put("minimum_order_size", m.market().minOrderSize());
        out.put("minimum_tick_size", m.market().tickSize());
        out.put("condition_id", m.market().conditionId().value());
        out.put("question_id", m.questionId());
        out.put("question", m.market().question());
        out.put("description", "Simulated market. " + m.market().question());
        out.put("market_slug", m.market().slug());
        out.put("end_date_iso", m.market().endDate().toString());
        out.put("game_start_time", null);
        out.put("seconds_delay", 0);
        out.put("fpmm", "");
        out.put("maker_base_fee", 0);
        out.put("taker_base_fee", 0);
        out.put("notifications_enabled", true);
        out.put("neg_risk", m.market().negRisk());
        out.put("neg_risk_market_id", "");
        out.put("neg_risk_request_id", "");
        out.put("icon", "");
        out.put("image", "");
        out.put("rewards", Map.of("rates", List.of(), "min_size", 0, "max_spread", 0));
        out.put("is_50_50_outcome", false);
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (OutcomeToken t : m.market().tokens()) {
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("token_id", t.tokenId().value());
            token.put("outcome", t.outcome());
            boolean winner = resolved.map(r -> r.winner().equals(t.tokenId())).orElse(false);
            // A resolved market has no book: its tokens are worth what they redeem for.
            BigDecimal price = resolved.isPresent() ? (winner ? BigDecimal.ONE : BigDecimal.ZERO)
                    : engine.book(t.tokenId()).map(ClobPublicApi::mid).orElse(new BigDecimal("0.5"));
            token.put("price", price);
            token.put("winner", winner);
            tokens.add(token);
        }
        out.put("tokens", tokens);
        out.put("tags", List.of(m.market().category()));
        return out;
    }

    ClobViews.BookSummary summary(TokenId token) {
        BookDepth depth = depth(token);
        return ClobViews.book(depth, negRisk(depth));
    }

    private BookDepth depth(TokenId token) {
        return engine.book(token).orElseThrow(() -> ApiError.notFound("No orderbook exists for the requested token id"));
    }

    private boolean negRisk(BookDepth depth) {
        return world.marketOf(depth.rules().token()).map(m -> m.market().negRisk()).orElse(false);
    }

    /** Midpoint of the touch; one-sided or empty books fall back to the side present, then 0.5. */
    private static BigDecimal mid(BookDepth depth) {
        Optional<BigDecimal> bid = depth.bestBid();
        Optional<BigDecimal> ask = depth.bestAsk();
        if (bid.isPresent() && ask.isPresent()) return bid.get().add(ask.get()).divide(TWO, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return bid.or(() -> ask).orElse(new BigDecimal("0.5"));
    }

    private TokenId tokenParam(Context ctx, String name) {
        return knownToken(Params.text(ctx, name).orElseThrow(() -> ApiError.badRequest("Invalid token id")))
                .orElseThrow(() -> ApiError.notFound("No orderbook exists for the requested token id"));
    }

    private TokenId tokenFromPathOrQuery(Context ctx) {
        String raw = ctx.pathParamMap().containsKey("token_id") ? ctx.pathParam("token_id") : ctx.queryParam("token_id");
        if (raw == null || raw.isBlank()) throw ApiError.badRequest("Invalid token id");
        return knownToken(raw).orElseThrow(() -> ApiError.notFound("market not found"));
    }

    private Optional<TokenId> knownToken(String raw) {
        try {
            TokenId token = new TokenId(raw.trim());
            return engine.rules(token).map(r -> token);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("Invalid token id");
        }
    }

    private SimMarket marketOf(TokenId token) {
        return world.marketOf(token).orElseThrow(() -> ApiError.notFound("market not found"));
    }

    private SimMarket marketByCondition(String raw) {
        try {
            return world.market(new ConditionId(raw)).orElseThrow(() -> ApiError.notFound("market not found"));
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound("market not found");
        }
    }
}
