package io.polybot.sim.data;

import io.javalin.http.Context;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.http.Params;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.tape.ActivityRow;
import io.polybot.sim.tape.ActivityRows;
import io.polybot.sim.tape.TradeTape;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The public Data API (PROTOCOL §6.1): every wallet's trades, newest first, no authentication. */
public final class DataApi {
    private final TradeTape tape;
    private final ActivityRows rows;

    public DataApi(TradeTape tape, ActivityRows rows) {
        this.tape = tape;
        this.rows = rows;
    }

    /**
     * {@code GET /trades}: {@code takerOnly=true} (the default) lists each fill once on its taker
     * side; {@code false} adds one row per maker order filled.
     */
    public void trades(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100, 0, 10_000);
        int offset = Params.integer(ctx, "offset", 0, 0, 10_000);
        boolean takerOnly = Params.bool(ctx, "takerOnly", true);
        Optional<String> user = Params.text(ctx, "user").map(u -> address(u).value());
        List<String> markets = Params.list(ctx, "market").stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        Optional<String> side = Params.text(ctx, "side").map(s -> s.toUpperCase(Locale.ROOT));
        Predicate<ActivityRow> minimum = minimum(ctx);

        Predicate<Trade> tradeFilter = t -> markets.isEmpty() || markets.contains(t.market().value());
        List<ActivityRow> out = tape.find(tradeFilter, 0, Integer.MAX_VALUE).stream()
                .flatMap(t -> takerOnly ? Stream.of(rows.taker(t)) : Stream.concat(Stream.of(rows.taker(t)), rows.makers(t).stream()))
                .filter(r -> user.map(r.proxyWallet()::equals).orElse(true))
                .filter(r -> side.map(r.side()::equals).orElse(true))
                .filter(minimum)
                .skip(offset)
                .limit(limit)
                .toList();
        ctx.json(out);
    }

    /** {@code filterType=CASH|TOKENS} with {@code filterAmount}: a minimum notional or size (both or neither). */
    private static Predicate<ActivityRow> minimum(Context ctx) {
        Optional<String> type = Params.text(ctx, "filterType");
        Optional<String> amount = Params.text(ctx, "filterAmount");
        if (type.isEmpty() && amount.isEmpty()) return r -> true;
        if (type.isEmpty() || amount.isEmpty()) throw ApiError.badRequest("filterType and filterAmount must be sent together");
        BigDecimal min;
        try {
            min = new BigDecimal(amount.get());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("filterAmount must be a number");
        }
        return switch (type.get().toUpperCase(Locale.ROOT)) {
            case "CASH" -> r -> r.size().multiply(r.price()).compareTo(min) >= 0;
            case "TOKENS" -> r -> r.size().compareTo(min) >= 0;
            default -> throw ApiError.badRequest("filterType must be CASH or TOKENS");
        };
    }

    private static WalletAddress address(String raw) {
        try {
            return new WalletAddress(raw);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid user address");
        }
    }
}
