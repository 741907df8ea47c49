package io.polybot.polymarket.clob;

import io.polybot.polymarket.internal.RestTransport;

/** Filters of {@code GET /data/orders}; null fields are not sent. */
public record OrderQuery(String orderId, String market, String assetId) {
    public static final OrderQuery ALL = new OrderQuery(null, null, null);

    String toQueryString(String cursor) {
        return RestTransport.query("id", orderId, "market", market, "asset_id", assetId, "next_cursor", cursor);
    }
}
