package io.polybot.polymarket.rpc;

/**
 * A JSON-RPC call without a usable result: the node's error ({@code code} set), no answer
 * ({@code code} null, {@code httpStatus} 0) or an unreadable one.
 */
public final class RpcException extends RuntimeException {
    private final Integer code;
    private final int httpStatus;

    public RpcException(String message, Integer code, int httpStatus, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The JSON-RPC error code, or null when the node sent none. */
    public Integer code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
