/**
 * Row-by-row reading of list responses: a bad row becomes a counted {@link
 * io.polybot.polymarket.parse.RowParseException} while the good rows around it are kept.
 */
package io.polybot.polymarket.parse;
