package io.polybot.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A smoke run of the latency harness (the real runs are {@code ./polybot bench latency}; no speed is asserted here). */
class LatencyBenchTest {
    @TempDir Path dataDir;

    @Test void twentyWhaleTradesBecomeOrdersWithLatenciesAndAJsonLine() {
        LatencyResult result = LatencyBench.run(dataDir, LatencyBench.Settings.everyCopy(20, 20, 42));

        assertThat(result.events()).isEqualTo(20);
        assertThat(result.signals()).isEqualTo(20);
        assertThat(result.orders()).isBetween(1, 20);
        assertThat(result.p50Micros()).isPositive().isLessThanOrEqualTo(result.p99Micros());
        assertThat(result.p99Micros()).isLessThanOrEqualTo(result.p999Micros());
        assertThat(result.json()).startsWith("{\"p50_us\":").contains("\"events\":20");
    }

    @Test void copiesBeyondTheOrderRateAreJudgedAndDenied() {
        // 200 trades in about a second, 10 orders a second allowed: all are judged, most are denied (ORDER_RATE).
        LatencyResult result = LatencyBench.run(dataDir, new LatencyBench.Settings(200, 200, 7, 0, 0, 10, false));

        assertThat(result.signals()).isEqualTo(200);
        assertThat(result.orders()).isPositive().isLessThan(100);
    }

    @Test void percentilesAreNearestRank() {
        long[] sorted = new long[1000];
        for (int i = 0; i < sorted.length; i++) sorted[i] = i + 1;
        assertThat(LatencyResult.percentile(sorted, 0.50)).isEqualTo(500);
        assertThat(LatencyResult.percentile(sorted, 0.99)).isEqualTo(990);
        assertThat(LatencyResult.percentile(sorted, 0.999)).isEqualTo(999);
    }
}
