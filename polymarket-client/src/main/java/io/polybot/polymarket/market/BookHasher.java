package io.polybot.polymarket.market;

/**
 * Computes the venue's book hash from a local book, so a {@link LocalOrderBook} can compare it
 * with the hash a message carries. Optional: the venue's algorithm is not public, and the
 * official client's SHA-1 of its own JSON does not reproduce the hashes of the real captures in
 * {@code ../shared/data} (checked), so no default is provided.
 */
@FunctionalInterface
public interface BookHasher {
    String hash(OrderBookView book);
}
