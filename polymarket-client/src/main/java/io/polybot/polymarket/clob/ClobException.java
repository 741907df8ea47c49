package io.polybot.polymarket.clob;

/**
 * A CLOB call that did not produce a usable answer. {@code httpStatus} is 0 when no HTTP
 * response arrived (connection or timeout). Messages never carry credentials.
 *
 * <p>Two subclasses say what happened: {@link ClobRejectedException} (the venue answered and
 * said no; nothing changed) and {@link ClobNoAnswerException} (timeout, reset, 5xx: the call may
 * have taken effect). Other instances are unreadable answers.
 */
public class ClobException extends RuntimeException {
    private final int httpStatus;

    public ClobException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
