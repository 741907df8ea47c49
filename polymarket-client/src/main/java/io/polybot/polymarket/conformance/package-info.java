/**
 * Conformance of this SDK with the official npm clients: checks vector files written by
 * {@code ../shared/tools/polymarket-vectors} ({@link io.polybot.polymarket.conformance.VectorConformance}).
 */
package io.polybot.polymarket.conformance;
