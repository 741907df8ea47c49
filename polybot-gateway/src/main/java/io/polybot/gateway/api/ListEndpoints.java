package io.polybot.gateway.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.polybot.core.position.Position;
import io.polybot.store.Store;

import java.util.Comparator;

/** The dashboard's lists, straight from the store, newest first. */
public final class ListEndpoints {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private final Store store;

    public ListEndpoints(Store store) { this.store = store; }

    public void orders(Context ctx) { ctx.json(store.orders().recent(limit(ctx))); }

    public void positions(Context ctx) {
        ctx.json(store.positions().all().stream()
                .sorted(Comparator.comparing(Position::updatedAt).reversed())
                .limit(limit(ctx))
                .toList());
    }

    public void signals(Context ctx) { ctx.json(store.signals().recent(limit(ctx))); }

    /** {@code ?limit=n}: default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}; nonsense is a 400, not a guess. */
    static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        if (text == null || text.isBlank()) return DEFAULT_LIMIT;
        int limit;
        try {
            limit = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("limit must be a whole number, was '" + abbreviate(text) + "'");
        }
        if (limit < 1) throw new BadRequestResponse("limit must be at least 1, was " + limit);
        return Math.min(limit, MAX_LIMIT);
    }

    private static String abbreviate(String text) { return text.length() <= 20 ? text : text.substring(0, 20) + "…"; }
}
