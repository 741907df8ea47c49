package io.polybot.sim.replay;

import io.polybot.core.time.SimulatedClock;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.SimTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Replay of the recorded MLB files in {@code ../shared/data}, read in place. */
class ReplayTest {
    private static final Path DATA = Path.of("..", "..", "shared", "data");
    private static final Instant START = Instant.parse("2031-03-01T12:00:00Z");

    @Test void loadsTheRecordedTradesMarketsAndOutcomes() {
        assumeTrue(Files.isDirectory(DATA), "recorded data not present at " + DATA.toAbsolutePath());

        Replay replay = Replay.load(DATA);

        assertThat(replay.tradeCount()).isEqualTo(1_900);
        assertThat(replay.markets()).hasSize(257);
        assertThat(replay.resolvableCount()).isEqualTo(157);
        assertThat(replay.books()).hasSize(15_581);
        assertThat(replay.skipped()).isZero();
    }

    @Test void replaysEveryTradeOnTheDataApiAndResolvesTheMarketsWithKnownOutcomes() {
        assumeTrue(Files.isDirectory(DATA), "recorded data not present at " + DATA.toAbsolutePath());
        SimulatedClock clock = new SimulatedClock(START);
        try (SimHandle sim = SimServer.start(SimConfig.loopback(1).withReplay(DATA), clock)) {
            SimTestClient client = new SimTestClient(sim.baseUrls());
            assertThat(client.get(sim.baseUrls().data(), "/trades?limit=10").json().size()).isZero();

            clock.set(START.plus(Duration.ofDays(400)));
            sim.advanceTo(clock.now());

            JsonNode trades = client.get(sim.baseUrls().data(), "/trades?limit=10000").json();
            assertThat(trades.size()).isEqualTo(1_900);
            assertThat(client.get(sim.baseUrls().gamma(), "/markets?closed=true").json().size()).isEqualTo(157);
            JsonNode truth = client.get(sim.baseUrls().sim(), "/truth").json();
            assertThat(truth.path("wallets").size()).isZero();
            assertThat(truth.path("outcomes").size()).isEqualTo(157);
        }
    }

    @Test void aMalformedRowIsCountedAndSkipped(@TempDir Path dir) throws IOException {
        Path trades = dir.resolve(Replay.TRADES);
        Files.createDirectories(trades.getParent());
        String good = "{\"condition_id\":\"0x" + "1".repeat(64) + "\",\"token_id\":\"123\",\"outcome\":\"Yes\",\"side\":\"BUY\","
                + "\"price\":0.42,\"size\":10,\"slug\":\"test-market\",\"timestamp\":\"2026-06-01T00:00:00Z\","
                + "\"transaction_hash\":\"0x" + "2".repeat(64) + "\",\"proxy_wallet\":\"0x" + "3".repeat(40) + "\"}";
        String badPrice = good.replace("0.42", "\"abc\"");
        Files.writeString(trades, "{\"wallet\":\"0x" + "3".repeat(40) + "\",\"mlb_trade_details\":[" + good + "," + badPrice + "]}\n"
                + "{not json\n");

        Replay replay = Replay.load(dir);

        assertThat(replay.tradeCount()).isEqualTo(1);
        assertThat(replay.skipped()).isEqualTo(2);
        assertThat(replay.markets()).hasSize(1);
        assertThat(replay.markets().getFirst().tokens()).hasSize(2);
    }
}
