package io.polybot.sim.data;

import io.javalin.http.Context;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.http.Params;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.resolution.Redemption;
import io.polybot.sim.resolution.Resolved;
import io.polybot.sim.resolution.Settlement;
import io.polybot.sim.tape.ActivityRow;
import io.polybot.sim.tape.ActivityRows;
import io.polybot.sim.tape.TradeTape;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.SimWallet;
import io.polybot.sim.world.World;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The public Data API (PROTOCOL §6.1), no authentication: every wallet's trades, one wallet's
 * activity (TRADE, REDEEM, DEPOSIT), open positions and closed (resolved) positions.
 */
public final class DataApi {
    private static final int NO_OUTCOME = 999;

    private final TradeTape tape;
    private final ActivityRows rows;
    private final World world;
    private final MatchingEngine engine;
    private final Settlement settlement;
    private final Funding funding;

    public DataApi(TradeTape tape, ActivityRows rows, World world, MatchingEngine engine, Settlement settlement, Funding funding) {
        this.tape = tape;
        this.rows = rows;
        this.world = world;
        this.engine = engine;
        this.settlement = settlement;
        this.funding = funding;
    }

    /**
     * {@code GET /trades}: {@code takerOnly=true} (the default) lists each fill once on its taker
     * side; {@code false} adds one row per maker order filled.
     */
    public void trades(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100, 0, 10_000);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
        boolean takerOnly = Params.bool(ctx, "takerOnly", true);
        Optional<WalletAddress> user = Params.text(ctx, "user").map(DataApi::address);
        List<String> markets = Params.list(ctx, "market").stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        Optional<String> side = Params.text(ctx, "side").map(s -> s.toUpperCase(Locale.ROOT));
        Predicate<ActivityRow> minimum = minimum(ctx);

        Predicate<Trade> tradeFilter = t -> (markets.isEmpty() || markets.contains(t.market().value()))
                && user.map(u -> takerOnly ? t.taker().equals(u) : t.involves(u)).orElse(true);
        List<Trade> taped = user.isPresent() ? tape.findInvolving(user.get(), tradeFilter, 0, Integer.MAX_VALUE)
                : tape.find(tradeFilter, 0, Integer.MAX_VALUE);
        List<ActivityRow> out = taped.stream()
                .flatMap(t -> takerOnly ? Stream.of(rows.taker(t)) : Stream.concat(Stream.of(rows.taker(t)), rows.makers(t).stream()))
                .filter(r -> user.map(u -> r.proxyWallet().equals(u.value())).orElse(true))
                .filter(r -> side.map(r.side()::equals).orElse(true))
                .filter(minimum)
                .skip(offset)
                .limit(limit)
                .toList();
        ctx.json(out);
    }

    /** {@code GET /activity?user=}: TRADE rows (taker and maker), REDEEM and DEPOSIT rows, newest first by default. */
    public void activity(Context ctx) {
        WalletAddress user = address(Params.text(ctx, "user").orElseThrow(() -> ApiError.badRequest("user is required")));
        int limit = Params.integer(ctx, "limit", 100, 0, 500);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
        List<String> markets = Params.list(ctx, "market").stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        List<String> types = Params.list(ctx, "type").stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        Optional<Long> start = Params.longValue(ctx, "start");
        Optional<Long> end = Params.longValue(ctx, "end");
        Optional<String> side = Params.text(ctx, "side").map(s -> s.toUpperCase(Locale.ROOT));
        boolean ascending = Params.text(ctx, "sortDirection").map("ASC"::equalsIgnoreCase).orElse(false);
        String sortBy = Params.text(ctx, "sortBy").map(s -> s.toUpperCase(Locale.ROOT)).orElse("TIMESTAMP");

        Optional<SimWallet> profile = world.wallet(user);
        List<ActivityEntry> entries = new ArrayList<>();
        for (Trade trade : tape.findInvolving(user, t -> t.involves(user), 0, Integer.MAX_VALUE))
            for (ActivityRow r : rows.of(trade, user))
                entries.add(new ActivityEntry(r.proxyWallet(), r.timestamp(), r.conditionId(), "TRADE", r.size(),
                        money(r.size().multiply(r.price())), r.transactionHash(), r.price(), r.asset(), r.side(), r.outcomeIndex(),
                        r.title(), r.slug(), "", r.eventSlug(), r.outcome(), r.name(), r.pseudonym(), "", "", ""));
        for (Redemption redemption : settlement.redemptions(Optional.of(user))) {
            Optional<SimMarket> market = world.market(redemption.market());
            entries.add(new ActivityEntry(user.value(), redemption.time().getEpochSecond(), redemption.market().value(), "REDEEM",
                    redemption.shares().stripTrailingZeros(), money(redemption.payout()), redemption.transactionHash(), BigDecimal.ZERO, "",
                    "", NO_OUTCOME, market.map(m -> m.market().question()).orElse(""), market.map(m -> m.market().slug()).orElse(""), "",
                    market.map(m -> m.market().eventSlug()).orElse(""), "", name(profile), pseudonym(profile), "", "", ""));
        }
        funding.transfers(Optional.of(user)).forEach(t -> entries.add(new ActivityEntry(user.value(), t.time().getEpochSecond(), "",
                "DEPOSIT", money(t.amount()), money(t.amount()), t.transactionHash(), BigDecimal.ZERO, "", "", NO_OUTCOME, "", "", "", "",
                "", name(profile), pseudonym(profile), "", "", "")));

        Comparator<ActivityEntry> order = switch (sortBy) {
            case "TIMESTAMP" -> Comparator.comparingLong(ActivityEntry::timestamp);
            case "TOKENS" -> Comparator.comparing(ActivityEntry::size);
            case "CASH" -> Comparator.comparing(ActivityEntry::usdcSize);
            default -> throw ApiError.badRequest("sortBy must be TIMESTAMP, TOKENS or CASH");
        };
        ctx.json(entries.stream()
                .filter(e -> markets.isEmpty() || markets.contains(e.conditionId()))
                .filter(e -> types.isEmpty() || types.contains(e.type()))
                .filter(e -> start.map(s -> e.timestamp() >= s).orElse(true))
                .filter(e -> end.map(s -> e.timestamp() <= s).orElse(true))
                .filter(e -> side.map(e.side()::equals).orElse(true))
                .sorted(ascending ? order : order.reversed())
                .skip(offset).limit(limit).toList());
    }

    /** {@code GET /positions?user=}: shares held now; in a resolved market they are {@code redeemable}. */
    public void positions(Context ctx) {
        WalletAddress user = address(Params.text(ctx, "user").orElseThrow(() -> ApiError.badRequest("user is required")));
        int limit = Params.integer(ctx, "limit", 100, 0, 500);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
        BigDecimal threshold = Params.text(ctx, "sizeThreshold").map(DataApi::number).orElse(BigDecimal.ONE);
        Optional<Boolean> redeemable = Params.text(ctx, "redeemable").map(Boolean::parseBoolean);
        List<String> markets = Params.list(ctx, "market").stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();

        Map<TokenId, Holdings.Flow> flows = Holdings.of(user, tape.findInvolving(user, t -> t.involves(user), 0, Integer.MAX_VALUE), rows);
        Map<TokenId, BigDecimal> shares = engine.balances(user).shares();
        List<PositionEntry> out = new ArrayList<>();
        shares.forEach((token, size) -> {
            if (size.compareTo(threshold) < 0 || size.signum() <= 0) return;
            world.marketOf(token).ifPresent(market -> out.add(position(user, market, token, size, flows.get(token),
                    shares.getOrDefault(other(market, token).tokenId(), BigDecimal.ZERO).signum() > 0)));
        });
        ctx.json(out.stream()
                .filter(p -> markets.isEmpty() || markets.contains(p.conditionId()))
                .filter(p -> redeemable.map(r -> p.redeemable() == r).orElse(true))
                .sorted(Comparator.comparing(PositionEntry::currentValue).reversed().thenComparing(PositionEntry::asset))
                .skip(offset).limit(limit).toList());
    }

    /** {@code GET /closed-positions?user=}: every outcome bought in a resolved market, with its profit. */
    public void closedPositions(Context ctx) {
        WalletAddress user = address(Params.text(ctx, "user").orElseThrow(() -> ApiError.badRequest("user is required")));
        int limit = Params.integer(ctx, "limit", 50, 0, 500);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
        Map<TokenId, Holdings.Flow> flows = Holdings.of(user, tape.findInvolving(user, t -> t.involves(user), 0, Integer.MAX_VALUE), rows);
        List<ClosedPositionEntry> out = new ArrayList<>();
        flows.forEach((token, flow) -> {
            if (flow.bought.signum() == 0) return;
            Optional<SimMarket> market = world.marketOf(token);
            Optional<Resolved> resolved = market.flatMap(m -> settlement.resolution(m.market().conditionId()));
            if (market.isEmpty() || resolved.isEmpty()) return;
            BigDecimal payoutPerShare = resolved.get().winner().equals(token) ? BigDecimal.ONE : BigDecimal.ZERO;
            // Whatever was bought and not sold was held to resolution and is worth its payout (redeemed or not).
            BigDecimal heldToEnd = flow.bought.subtract(flow.sold).max(BigDecimal.ZERO);
            BigDecimal pnl = flow.proceeds.add(heldToEnd.multiply(payoutPerShare)).subtract(flow.cost);
            OutcomeToken outcome = market.get().market().token(token).orElseThrow();
            OutcomeToken opposite = other(market.get(), token);
            out.add(new ClosedPositionEntry(user.value(), token.value(), market.get().market().conditionId().value(), flow.averagePrice(),
                    flow.bought.stripTrailingZeros(), money(pnl), payoutPerShare, resolved.get().time().getEpochSecond(),
                    market.get().market().question(), market.get().market().slug(), "", market.get().market().eventSlug(),
                    outcome.outcome(), outcome.outcomeIndex(), opposite.outcome(), opposite.tokenId().value(),
                    market.get().resolvesAt().toString()));
        });
        ctx.json(out.stream().sorted(Comparator.comparingLong(ClosedPositionEntry::timestamp).reversed()
                .thenComparing(ClosedPositionEntry::asset)).skip(offset).limit(limit).toList());
    }

    private PositionEntry position(WalletAddress user, SimMarket market, TokenId token, BigDecimal size, Holdings.Flow flow, boolean mergeable) {
        Holdings.Flow f = flow == null ? new Holdings.Flow() : flow;
        Optional<Resolved> resolved = settlement.resolution(market.market().conditionId());
        BigDecimal curPrice = resolved.map(r -> r.winner().equals(token) ? BigDecimal.ONE : BigDecimal.ZERO).orElseGet(() -> mid(token));
        BigDecimal avg = f.averagePrice();
        BigDecimal initial = money(size.multiply(avg));
        BigDecimal current = money(size.multiply(curPrice));
        BigDecimal cashPnl = current.subtract(initial);
        BigDecimal realized = money(f.proceeds.subtract(f.sold.multiply(avg)));
        OutcomeToken outcome = market.market().token(token).orElseThrow();
        OutcomeToken opposite = other(market, token);
        return new PositionEntry(user.value(), token.value(), market.market().conditionId().value(), size.stripTrailingZeros(), avg,
                initial, current, cashPnl, percent(cashPnl, initial), f.bought.stripTrailingZeros(), realized, percent(realized, initial),
                curPrice, resolved.isPresent(), mergeable && resolved.isEmpty(), market.market().question(), market.market().slug(), "",
                market.market().eventSlug(), outcome.outcome(), outcome.outcomeIndex(), opposite.outcome(), opposite.tokenId().value(),
                market.resolvesAt().toString(), market.market().negRisk());
    }

    private BigDecimal mid(TokenId token) {
        Optional<BookDepth> book = engine.book(token);
        Optional<BigDecimal> bid = book.flatMap(BookDepth::bestBid);
        Optional<BigDecimal> ask = book.flatMap(BookDepth::bestAsk);
        if (bid.isPresent() && ask.isPresent()) return bid.get().add(ask.get()).divide(BigDecimal.TWO, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return book.flatMap(BookDepth::lastTradePrice).orElse(new BigDecimal("0.5"));
    }

    private static OutcomeToken other(SimMarket market, TokenId token) {
        return market.yes().tokenId().equals(token) ? market.no() : market.yes();
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static BigDecimal money(BigDecimal value) { return value.setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros(); }

    private static String name(Optional<SimWallet> profile) { return profile.map(SimWallet::name).orElse(""); }

    private static String pseudonym(Optional<SimWallet> profile) { return profile.map(SimWallet::pseudonym).orElse(""); }

    /** {@code filterType=CASH|TOKENS} with {@code filterAmount}: a minimum notional or size (both or neither). */
    private static Predicate<ActivityRow> minimum(Context ctx) {
        Optional<String> type = Params.text(ctx, "filterType");
        Optional<String> amount = Params.text(ctx, "filterAmount");
        if (type.isEmpty() && amount.isEmpty()) return r -> true;
        if (type.isEmpty() || amount.isEmpty()) throw ApiError.badRequest("filterType and filterAmount must be sent together");
        BigDecimal min = number(amount.get());
        return switch (type.get().toUpperCase(Locale.ROOT)) {
            case "CASH" -> r -> r.size().multiply(r.price()).compareTo(min) >= 0;
            case "TOKENS" -> r -> r.size().compareTo(min) >= 0;
            default -> throw ApiError.badRequest("filterType must be CASH or TOKENS");
        };
    }

    private static BigDecimal number(String raw) {
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("not a number: " + raw);
        }
    }

    private static WalletAddress address(String raw) {
        try {
            return new WalletAddress(raw);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid user address");
        }
    }
}
