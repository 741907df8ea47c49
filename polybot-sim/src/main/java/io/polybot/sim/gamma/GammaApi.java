package io.polybot.sim.gamma;

import io.javalin.http.Context;
import io.polybot.core.json.Json;
import io.polybot.core.market.OutcomeToken;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.http.Params;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.World;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The Gamma metadata API (PROTOCOL §6.2). As on the venue, {@code outcomes}, {@code outcomePrices}
 * and {@code clobTokenIds} are JSON-encoded strings; tick and minimum size are numbers.
 */
public final class GammaApi {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final World world;
    private final MatchingEngine engine;

    public GammaApi(World world, MatchingEngine engine) {
        this.world = world;
        this.engine = engine;
    }

    public void markets(Context ctx) {
        int limit = Params.integer(ctx, "limit", 500, 0, 10_000);
        int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
        List<String> slugs = Params.list(ctx, "slug");
        List<String> ids = Params.list(ctx, "id");
        List<String> conditions = Params.list(ctx, "condition_ids").stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> tokens = Params.list(ctx, "clob_token_ids");
        Optional<Boolean> closed = Params.text(ctx, "closed").map(Boolean::parseBoolean);
        Optional<Boolean> active = Params.text(ctx, "active").map(Boolean::parseBoolean);
        Predicate<Indexed> filter = i -> (slugs.isEmpty() || slugs.contains(i.market().market().slug()))
                && (ids.isEmpty() || ids.contains(id(i.index())))
                && (conditions.isEmpty() || conditions.contains(i.market().market().conditionId().value()))
                && (tokens.isEmpty() || i.market().market().tokens().stream().anyMatch(t -> tokens.contains(t.tokenId().value())))
                && closed.map(c -> !c).orElse(true)       // every simulated market is open
                && active.orElse(true);
        ctx.json(indexed().filter(filter).skip(offset).limit(limit).map(this::market).toList());
    }

    public void marketById(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(indexed().filter(i -> id(i.index()).equals(id)).findFirst().map(this::market)
                .orElseThrow(() -> ApiError.notFound("market not found")));
    }

    public void marketBySlug(Context ctx) {
        String slug = ctx.pathParam("slug");
        ctx.json(indexed().filter(i -> i.market().market().slug().equals(slug)).findFirst().map(this::market)
                .orElseThrow(() -> ApiError.notFound("market not found")));
    }

    /** Events with their markets; each simulated market is its own event. */
    public void events(Context ctx) {
        List<String> slugs = Params.list(ctx, "slug");
        ctx.json(indexed().filter(i -> slugs.isEmpty() || slugs.contains(i.market().market().eventSlug()))
                .map(i -> {
                    Map<String, Object> event = event(i);
                    event.put("category", i.market().market().category());
                    event.put("active", true);
                    event.put("closed", false);
                    event.put("negRisk", i.market().market().negRisk());
                    event.put("markets", List.of(market(i)));
                    return event;
                }).toList());
    }

    private record Indexed(int index, SimMarket market) {}

    private Stream<Indexed> indexed() {
        return IntStream.range(0, world.markets().size()).mapToObj(i -> new Indexed(i, world.markets().get(i)));
    }

    private static String id(int index) { return Integer.toString(500_001 + index); }

    private Map<String, Object> market(Indexed i) {
        SimMarket m = i.market();
        Optional<BookDepth> yes = engine.book(m.yes().tokenId());
        Optional<BigDecimal> bid = yes.flatMap(BookDepth::bestBid);
        Optional<BigDecimal> ask = yes.flatMap(BookDepth::bestAsk);
        BigDecimal yesPrice = bid.isPresent() && ask.isPresent()
                ? bid.get().add(ask.get()).divide(TWO, 6, RoundingMode.HALF_EVEN).stripTrailingZeros() : m.openingPrice();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id(i.index()));
        out.put("conditionId", m.market().conditionId().value());
        out.put("questionID", m.questionId());
        out.put("question", m.market().question());
        out.put("slug", m.market().slug());
        out.put("description", "Simulated market. " + m.market().question());
        out.put("category", m.market().category());
        out.put("outcomes", Json.write(m.market().tokens().stream().map(OutcomeToken::outcome).toList()));
        out.put("outcomePrices", Json.write(List.of(yesPrice.toPlainString(), BigDecimal.ONE.subtract(yesPrice).toPlainString())));
        out.put("clobTokenIds", Json.write(m.market().tokens().stream().map(t -> t.tokenId().value()).toList()));
        out.put("startDate", "2026-01-01T00:00:00Z");
        out.put("endDate", m.market().endDate().toString());
        out.put("endDateIso", m.market().endDate().toString().substring(0, 10));
        out.put("active", true);
        out.put("closed", false);
        out.put("archived", false);
        out.put("acceptingOrders", true);
        out.put("enableOrderBook", true);
        out.put("negRisk", m.market().negRisk());
        out.put("orderPriceMinTickSize", m.market().tickSize());
        out.put("orderMinSize", m.market().minOrderSize());
        out.put("bestBid", bid.orElse(null));
        out.put("bestAsk", ask.orElse(null));
        out.put("spread", bid.isPresent() && ask.isPresent() ? ask.get().subtract(bid.get()) : null);
        out.put("umaResolutionStatus", null);
        out.put("feesEnabled", false);
        out.put("events", List.of(event(i)));
        return out;
    }

    private static Map<String, Object> event(Indexed i) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", Integer.toString(900_001 + i.index()));
        event.put("slug", i.market().market().eventSlug());
        event.put("title", i.market().eventTitle());
        return event;
    }
}
