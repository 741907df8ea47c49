package io.polybot.gateway.api;

/** The one error body of the gateway: {@code {"error": "...", "status": n}}. */
public record ApiError(String error, int status) {}
