/**
 * A reconnecting WebSocket ({@link io.polybot.polymarket.ws.FeedConnection}) shared by the feed clients.
 */
package io.polybot.polymarket.ws;
