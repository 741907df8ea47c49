package io.polybot.core.bus;

/** The bus topics of ARCHITECTURE §3; one Redis stream each when roles run as separate processes. */
public enum Topic {
    MD_TRADES("md.trades"),
    MD_BOOKS("md.books"),
    EXT_CRYPTO("ext.crypto"),
    EXT_WEATHER("ext.weather"),
    SIGNALS("signals"),
    ORDERS_EVENTS("orders.events"),
    CONTROL("control"),
    DLQ("dlq");

    private final String streamName;

    Topic(String streamName) { this.streamName = streamName; }

    public String streamName() { return streamName; }

    public static Topic ofStreamName(String name) {
        for (Topic t : values()) if (t.streamName.equals(name)) return t;
        throw new IllegalArgumentException("unknown topic: " + name);
    }
}
