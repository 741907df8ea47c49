package io.polybot.core.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class SimulatedClockTest {
    private static final Instant START = Instant.parse("2026-03-02T14:00:00Z");
    private final SimulatedClock clock = new SimulatedClock(START);

    @Test void standsStillUntilTold() {
        assertThat(clock.now()).isEqualTo(START);
        assertThat(clock.now()).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }

    @Test void advancesByADuration() {
        clock.advance(Duration.ofMinutes(5));
        clock.advance(Duration.ZERO);

        assertThat(clock.now()).isEqualTo(START.plusSeconds(300));
    }

    @Test void setsAnInstantNotBeforeNow() {
        clock.set(START.plusSeconds(10));
        clock.set(START.plusSeconds(10));

        assertThat(clock.now()).isEqualTo(START.plusSeconds(10));
    }

    @Test void refusesToGoBackwards() {
        clock.set(START.plusSeconds(10));

        assertThatThrownBy(() -> clock.set(START)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time cannot go backwards: 2026-03-02T14:00:10Z -> 2026-03-02T14:00:00Z");
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("time cannot go backwards");
        assertThat(clock.now()).isEqualTo(START.plusSeconds(10));
    }
}
