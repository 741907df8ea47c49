package io.polybot.sim.clob;

import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatsTest {
    private static final WalletAddress ALICE = new WalletAddress("0x" + "a".repeat(40));
    private static final WalletAddress BOB = new WalletAddress("0x" + "b".repeat(40));

    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final List<WalletAddress> cancelled = new ArrayList<>();
    private final Heartbeats heartbeats = new Heartbeats(Duration.ofSeconds(10), clock, cancelled::add);

    @Test void eachBeatMustQuoteTheIdOfThePreviousAnswer() {
        String first = accepted(heartbeats.beat(ALICE, ""));
        String second = accepted(heartbeats.beat(ALICE, first));

        assertThat(second).isNotEqualTo(first);
        assertThat(heartbeats.beat(ALICE, first)).isEqualTo(new Heartbeats.Outcome.WrongId(second));
        assertThat(heartbeats.beat(BOB, "made-up")).isEqualTo(new Heartbeats.Outcome.WrongId(""));
    }

    @Test void silenceLongerThanTheTimeoutCancelsTheAccountsOrdersOnce() {
        heartbeats.beat(ALICE, "");
        clock.advance(Duration.ofSeconds(10));
        heartbeats.sweep();
        assertThat(cancelled).isEmpty();

        clock.advance(Duration.ofMillis(1));
        heartbeats.sweep();
        heartbeats.sweep();

        assertThat(cancelled).containsExactly(ALICE);
    }

    @Test void beatingKeepsTheOrdersAlive() {
        String id = accepted(heartbeats.beat(ALICE, ""));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(8));
            id = accepted(heartbeats.beat(ALICE, id));
            heartbeats.sweep();
        }
        assertThat(cancelled).isEmpty();
    }

    @Test void accountsThatNeverSentAHeartbeatAreNotWatched() {
        clock.advance(Duration.ofHours(1));
        heartbeats.sweep();

        assertThat(cancelled).isEmpty();
    }

    private static String accepted(Heartbeats.Outcome outcome) {
        assertThat(outcome).isInstanceOf(Heartbeats.Outcome.Accepted.class);
        return ((Heartbeats.Outcome.Accepted) outcome).heartbeatId();
    }
}
