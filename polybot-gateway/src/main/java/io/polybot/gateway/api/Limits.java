package io.polybot.gateway.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** The {@code ?limit=n} of every list: a default, a cap, and a 400 for nonsense rather than a guess. */
public final class Limits {
    private Limits() {}

    public static int parse(Context ctx, int defaultLimit, int maxLimit) {
        String text = ctx.queryParam("limit");
        if (text == null || text.isBlank()) return defaultLimit;
        int limit;
        try {
            limit = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("limit must be a whole number, was '" + (text.length() <= 20 ? text : text.substring(0, 20) + "…") + "'");
        }
        if (limit < 1) throw new BadRequestResponse("limit must be at least 1, was " + limit);
        return Math.min(limit, maxLimit);
    }
}
