package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.wallet.WalletTrade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PriceHistory} from the trade prints of all wallets: per token, times and prices sorted
 * by time, searched by bisection. Immutable once built.
 */
public final class TradePrints implements PriceHistory {
    private final Map<TokenId, Series> series;

    private record Series(long[] epochMicros, Price[] prices) {}

    private TradePrints(Map<TokenId, Series> series) { this.series = series; }

    public static TradePrints of(Iterable<WalletTrade> trades) {
        Map<TokenId, List<WalletTrade>> byToken = new HashMap<>();
        for (WalletTrade trade : trades) byToken.computeIfAbsent(trade.token(), token -> new ArrayList<>()).add(trade);
        Map<TokenId, Series> series = new HashMap<>();
        byToken.forEach((token, list) -> {
            list.sort(Comparator.comparing(WalletTrade::eventTime));
            long[] times = new long[list.size()];
            Price[] prices = new Price[list.size()];
            for (int i = 0; i < list.size(); i++) {
                times[i] = micros(list.get(i).eventTime());
                prices[i] = list.get(i).price();
            }
            series.put(token, new Series(times, prices));
        });
        return new TradePrints(Map.copyOf(series));
    }

    @Override public Optional<Price> lastPrice(TokenId token, Instant after, Instant atOrBefore) {
        Series s = series.get(token);
        if (s == null) return Optional.empty();
        int index = lastAtOrBefore(s.epochMicros, micros(atOrBefore));
        if (index < 0 || s.epochMicros[index] <= micros(after)) return Optional.empty();
        return Optional.of(s.prices[index]);
    }

    /** Index of the last time ≤ t, or −1. Equal times: the last of them (the latest print at that instant). */
    private static int lastAtOrBefore(long[] times, long t) {
        int found = Arrays.binarySearch(times, t);
        if (found < 0) return -found - 2;
        while (found + 1 < times.length && times[found + 1] == t) found++;
        return found;
    }

    private static long micros(Instant instant) { return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000); }
}
