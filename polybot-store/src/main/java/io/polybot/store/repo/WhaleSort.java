package io.polybot.store.repo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders the whale list can be sorted in, each with its column; never SQL from the request. */
public enum WhaleSort {
    SCORE("score", "score"),
    SHARPE("sharpe", "sharpe"),
    WIN_RATE("winRate", "win_rate"),
    KELLY("kelly", "kelly"),
    EV("ev", "ev_per_dollar"),
    TRADES("trades", "trades");

    private final String key;
    private final String column;

    WhaleSort(String key, String column) {
        this.key = key;
        this.column = column;
    }

    public String key() { return key; }

    String column() { return column; }

    public static Optional<WhaleSort> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String keys() { return String.join(", ", Arrays.stream(values()).map(WhaleSort::key).toList()); }
}
