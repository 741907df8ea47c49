package io.polybot.sim.gamma;

import io.javalin.http.Context;
import io.polybot.core.json.Json;
import io.polybot.core.market.OutcomeToken;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.http.Params;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.resolution.Resolved;
import io.polybot.sim.resolution.Settlement;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.World;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * and {@code clobTokenIds} are JSON-encoded strings; tick and minimum size are numbers. A resolved
 * market is {@code closed} with outcome prices "1"/"0" and {@code umaResolutionStatus} "resolved";
 * the members of a neg-risk event share its {@code negRiskMarketID}.
 */
public final class GammaApi {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final World world;
    private final MatchingEngine engine;
    private final Settlement settlement;

    public GammaApi(World world, MatchingEngine engine, Settlement settlement) {
        this.world = world;
        this.engine = engine;
        this.settlement = settlement;
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
                && closed.map(c -> c == isClosed(i.market())).orElse(true)
                && active.orElse(true);          // every market stays active, resolved or not, as on the venue
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

    /** Events with their markets: a standalone market is its own event; a neg-risk event groups its members. */
    public void events(Context ctx) {
        List<String> slugs = Params.list(ctx, "slug");
        Optional<Boolean> closed = Params.text(ctx, "closed").map(Boolean::parseBoolean);
        Map<String, List<Indexed>> byEvent = new LinkedHashMap<>();
        indexed().forEach(i -> byEvent.computeIfAbsent(i.market().market().eventSlug(), e -> new ArrayList<>()).add(i));
        List<Map<String, Object>> out = new ArrayList<>();
        byEvent.forEach((slug, members) -> {
            boolean eventClosed = members.stream().allMatch(i -> isClosed(i.market()));
            if (!slugs.isEmpty() && !slugs.contains(slug)) return;
            if (closed.isPresent() && closed.get() != eventClosed) return;
            Map<String, Object> event = event(members.getFirst());
            event.put("category", members.getFirst().market().market().category());
            event.put("active", true);
            event.put("closed", eventClosed);
            event.put("negRisk", members.getFirst().market().market().negRisk());
            event.put("negRiskMarketID", negRiskMarketId(members.getFirst().market()));
            event.put("markets", members.stream().map(this::market).toList());
            out.add(event);
        });
        ctx.json(out);
    }

    private record Indexed(int index, SimMarket market) {}

    private Stream<Indexed> indexed() {
        return IntStream.range(0, world.markets().size()).mapToObj(i -> new Indexed(i, world.markets().get(i)));
    }

    private boolean isClosed(SimMarket market) { return settlement.isResolved(market.market().conditionId()); }

    private static String id(int index) { return Integer.toString(500_001 + index); }

    private Map<String, Object> market(Indexed i) {
        SimMarket m = i.market();
        Optional<Resolved> resolved = settlement.resolution(m.market().conditionId());
        Optional<BookDepth> yes = engine.book(m.yes().tokenId());
        Optional<BigDecimal> bid = yes.flatMap(BookDepth::bestBid);
        Optional<BigDecimal> ask = yes.flatMap(BookDepth::bestAsk);
        BigDecimal yesPrice = bid.isPresent() && ask.isPresent()
                ? bid.get().add(ask.get()).divide(TWO, 6, RoundingMode.HALF_EVEN).stripTrailingZeros() : m.openingPrice();
        List<String> prices = resolved.map(r -> m.market().tokens().stream().map(t -> t.tokenId().equals(r.winner()) ? "1" : "0").toList())
                .orElse(List.of(yesPrice.toPlainString(), BigDecimal.ONE.subtract(yesPrice).toPlainString()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id(i.index()));
        out.put("conditionId", m.market().conditionId().value());
        out.put("questionID", m.questionId());
        out.put("question", m.market().question());
        out.put("slug", m.market().slug());
        out.put("description", "Simulated market. " + m.market().question());
        out.put("category", m.market().category());
        out.put("outcomes", Json.write(m.market().tokens().stream().map(OutcomeToken::outcome).toList()));
        out.put("outcomePrices", Json.write(prices));
        out.put("clobTokenIds", Json.write(m.market().tokens().stream().map(t -> t.tokenId().value()).toList()));
        out.put("startDate", m.opensAt().toString());
        out.put("endDate", m.resolvesAt().toString());
        out.put("endDateIso", m.resolvesAt().toString().substring(0, 10));
        out.put("closedTime", resolved.map(r -> r.time().toString()).orElse(null));
        out.put("active", true);
        out.put("closed", resolved.isPresent());
        out.put("archived", false);
        out.put("acceptingOrders", resolved.isEmpty());
        out.put("enableOrderBook", true);
        out.put("negRisk", m.market().negRisk());
        out.put("negRiskMarketID", negRiskMarketId(m));
        out.put("groupItemTitle", m.market().negRisk() ? m.market().question() : "");
        out.put("orderPriceMinTickSize", m.market().tickSize());
        out.put("orderMinSize", m.market().minOrderSize());
        out.put("bestBid", bid.orElse(null));
        out.put("bestAsk", ask.orElse(null));
        out.put("spread", bid.isPresent() && ask.isPresent() ? ask.get().subtract(bid.get()) : null);
        out.put("umaResolutionStatus", resolved.isPresent() ? "resolved" : null);
        out.put("feesEnabled", engine.terms(m.market().conditionId()).fees().rate().signum() > 0);
        out.put("events", List.of(event(i)));
        return out;
    }

    /** Neg-risk members share one id derived from the event; a standalone market has none. */
    private static String negRiskMarketId(SimMarket m) {
        if (!m.market().negRisk()) return "";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("neg-risk\u001f" + m.market().eventSlug()).getBytes(StandardCharsets.UTF_8));
            return "0x" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }

    /** The event's id is that of its first market, so every member of a neg-risk event names the same event. */
    private Map<String, Object> event(Indexed i) {
        String slug = i.market().market().eventSlug();
        int first = IntStream.range(0, world.markets().size()).filter(k -> world.markets().get(k).market().eventSlug().equals(slug))
                .findFirst().orElse(i.index());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", Integer.toString(900_001 + first));
        event.put("slug", i.market().market().eventSlug());
        event.put("title", i.market().eventTitle());
        return event;
    }
}
