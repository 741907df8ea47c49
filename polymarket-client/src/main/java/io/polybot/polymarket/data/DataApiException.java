package io.polybot.polymarket.data;

/**
 * A Data API call without a usable answer. {@code httpStatus} is 0 when no HTTP answer came
 * (timeout, connection failure); otherwise the status of the last attempt (4xx: the request was
 * refused; 5xx: the service failed on every retry) or 200 for a body that is not a list.
 */
public final class DataApiException extends RuntimeException {
    private final int httpStatus;

    public DataApiException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
