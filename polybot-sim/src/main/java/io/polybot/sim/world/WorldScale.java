package io.polybot.sim.world;

import java.time.Duration;

/**
 * How big a generated world is and how busy its wallets are.
 *
 * @param liveMarkets      standalone binary markets still open at start (they opened during the history)
 * @param resolvedMarkets  standalone binary markets that opened and resolved during the history
 * @param negRiskEvents    events of 3-5 mutually exclusive neg-risk markets (alternately live and resolved)
 * @param linkedGroups     owners of 2-4 wallets each (members come on top of the other counts)
 * @param history          simulated past generated on start, ending at the start instant
 * @param horizon          live markets resolve within this time after the start
 * @param noiseEvery       mean time between one noise wallet's trades (exponential)
 * @param informedEvery    mean time between one informed wallet's trades
 * @param demoPulse        live only: a noise trade every 2-6 s and the first informed wallet buying $10k+
 *                         first 15-30 s after start and then about once a minute, so the demo has action
 */
public record WorldScale(int liveMarkets, int resolvedMarkets, int negRiskEvents, int informed, int marketMakers, int bots,
                         int noise, int linkedGroups, Duration history, Duration horizon, Duration noiseEvery,
                         Duration informedEvery, boolean demoPulse) {
    public WorldScale {
        if (liveMarkets < 1) throw new IllegalArgumentException("a world needs at least one live market");
        if (resolvedMarkets < 0 || negRiskEvents < 0 || bots < 0 || noise < 1 || linkedGroups < 0)
            throw new IllegalArgumentException("counts must be >= 0 (noise >= 1)");
        if (informed < 1 || marketMakers < 2) throw new IllegalArgumentException("a world needs an informed wallet and two market makers");
        if (history.isNegative() || !horizon.isPositive() || !noiseEvery.isPositive() || !informedEvery.isPositive())
            throw new IllegalArgumentException("durations must be positive");
    }

    /** The demo: four live markets, a week of history, one whale; starts in well under a second. */
    public static WorldScale demo() {
        return new WorldScale(4, 8, 0, 1, 2, 1, 4, 1, Duration.ofDays(7), Duration.ofDays(10),
                Duration.ofHours(3), Duration.ofHours(6), true);
    }

    /** The scale wallet scoring is evaluated on: about 200 markets and 1,000 wallets over 30 days. */
    public static WorldScale evaluation() {
        return new WorldScale(60, 116, 6, 60, 12, 40, 790, 30, Duration.ofDays(30), Duration.ofDays(14),
                Duration.ofHours(16), Duration.ofHours(8), false);
    }

    /** A small world that still has every feature (neg-risk events, linked groups, bots), for tests. */
    public static WorldScale small() {
        return new WorldScale(6, 14, 2, 4, 3, 3, 20, 3, Duration.ofDays(14), Duration.ofDays(7),
                Duration.ofHours(8), Duration.ofHours(4), false);
    }

    public static WorldScale named(String name) {
        return switch (name) {
            case "demo" -> demo();
            case "small" -> small();
            case "evaluation" -> evaluation();
            default -> throw new IllegalArgumentException("scale must be demo, small or evaluation, was " + name);
        };
    }
}
