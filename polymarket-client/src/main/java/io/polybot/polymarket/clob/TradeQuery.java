package io.polybot.polymarket.clob;

import io.polybot.polymarket.internal.RestTransport;
import java.time.Instant;

/** Filters of {@code GET /data/trades}; null fields are not sent. */
public record TradeQuery(String tradeId, String makerAddress, String market, String assetId, Instant before, Instant after) {
    public static final TradeQuery ALL = new TradeQuery(null, null, null, null, null, null);

    public static TradeQuery ofMaker(String address) {
        return new TradeQuery(null, address, null, null, null, null);
    }

    String toQueryString(String cursor) {
        return RestTransport.query("id", tradeId, "maker_address", makerAddress, "market", market, "asset_id", assetId,
                "before", before == null ? null : before.getEpochSecond(), "after", after == null ? null : after.getEpochSecond(),
                "next_cursor", cursor);
    }
}
