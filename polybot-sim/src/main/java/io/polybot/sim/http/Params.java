package io.polybot.sim.http;

import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Query-parameter reading with the venue's behaviour: bad numbers are a 400, blanks count as absent. */
public final class Params {
    private Params() {}

    public static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String required(Context ctx, String name) {
        return text(ctx, name).orElseThrow(() -> ApiError.badRequest("missing required parameter '" + name + "'"));
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) return fallback;
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) throw ApiError.badRequest("'" + name + "' must be between " + min + " and " + max);
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be an integer");
        }
    }

    public static Optional<Long> longValue(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("'" + name + "' must be an integer");
            }
        });
    }

    public static boolean bool(Context ctx, String name, boolean fallback) {
        return text(ctx, name).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** A parameter that may be repeated and/or comma-separated ({@code market=a,b&market=c}). */
    public static List<String> list(Context ctx, String name) {
        return ctx.queryParams(name).stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }
}
