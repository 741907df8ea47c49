/**
 * Client of Polymarket's public Data API (PROTOCOL §6.1): trades, activity, positions, value,
 * holders and the leaderboard, read row by row so one bad row never loses the rest.
 */
package io.polybot.polymarket.data;
