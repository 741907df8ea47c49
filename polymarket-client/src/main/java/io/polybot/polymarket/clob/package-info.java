/**
 * REST client of the Polymarket CLOB with typed order outcomes (PROTOCOL §4).
 */
package io.polybot.polymarket.clob;
