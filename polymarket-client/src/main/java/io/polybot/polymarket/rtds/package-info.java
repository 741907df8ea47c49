/**
 * Client of the real-time data socket (RTDS): every wallet's trades from {@code activity/trades} (PROTOCOL §5.5).
 */
package io.polybot.polymarket.rtds;
