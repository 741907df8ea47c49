package io.polybot.sim.http;

/**
 * A request the venue refuses: answered with {@code status} and {@code {"error": message}}, the
 * shape every Polymarket API uses. The message is the venue's own text where known.
 */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static ApiError badRequest(String message) { return new ApiError(400, message); }

    public static ApiError unauthorized(String message) { return new ApiError(401, message); }

    public static ApiError notFound(String message) { return new ApiError(404, message); }

    public int status() { return status; }
}
