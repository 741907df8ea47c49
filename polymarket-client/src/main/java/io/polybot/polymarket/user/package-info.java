/**
 * The CLOB user channel (PROTOCOL §5.2): our orders' placements, fills and cancellations, and our
 * trades through their settlement statuses ({@link io.polybot.polymarket.user.UserChannelClient}).
 */
package io.polybot.polymarket.user;
