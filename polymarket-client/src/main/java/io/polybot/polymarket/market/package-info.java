/**
 * The CLOB market channel (PROTOCOL §5.1): typed messages ({@link io.polybot.polymarket.market.MarketMessage}),
 * a streaming parser, a sharding client ({@link io.polybot.polymarket.market.MarketChannelClient}) and a
 * local order book rebuilt from snapshot plus deltas ({@link io.polybot.polymarket.market.LocalOrderBook}).
 */
package io.polybot.polymarket.market;
