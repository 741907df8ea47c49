package io.polybot.polymarket.market;

/**
 * Where a {@link LocalOrderBook} asks for a fresh snapshot: typically {@link
 * MarketChannelClient#resync(String)} (re-subscribe, the venue answers with a {@code book}) or a
 * REST {@code GET /book} fed back through {@link LocalOrderBook#apply(Book)}. Called on the
 * thread that applied the update; must not block long.
 */
@FunctionalInterface
public interface BookResync {
    void requestResync(BookInconsistency inconsistency);
}
