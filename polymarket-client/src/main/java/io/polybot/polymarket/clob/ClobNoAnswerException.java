package io.polybot.polymarket.clob;

/**
 * No trustworthy answer after every allowed attempt: timeout, reset connection, 5xx, or a
 * refusal that followed such an attempt. The call may have taken effect; never treat it as a
 * rejection. {@code httpStatus} is 0 when the last attempt got no HTTP answer.
 */
public final class ClobNoAnswerException extends ClobException {
    public ClobNoAnswerException(String message, int httpStatus, Throwable cause) {
        super(message, httpStatus, cause);
    }
}
