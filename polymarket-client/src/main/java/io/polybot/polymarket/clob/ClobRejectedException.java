package io.polybot.polymarket.clob;

/** The venue answered a call with a refusal (4xx) and its message; the call had no effect. */
public final class ClobRejectedException extends ClobException {
    private final String venueMessage;

    public ClobRejectedException(String what, int httpStatus, String venueMessage) {
        super(what + ": HTTP " + httpStatus + " " + venueMessage, httpStatus, null);
        this.venueMessage = venueMessage;
    }

    /** The venue's own words ({@code error} of the body), e.g. "Invalid order payload". */
    public String venueMessage() {
        return venueMessage;
    }
}
