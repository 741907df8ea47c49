package io.polybot.polymarket.gamma;

/** A Gamma response that does not have the shape Polybot relies on. */
public final class GammaParseException extends RuntimeException {
    public GammaParseException(String message) { super(message); }

    public GammaParseException(String message, Throwable cause) { super(message, cause); }
}
