package io.polybot.core.market;

/** Direction of a trade or order in one outcome token. */
public enum Side {
    BUY, SELL;

    public Side opposite() { return this == BUY ? SELL : BUY; }
}
