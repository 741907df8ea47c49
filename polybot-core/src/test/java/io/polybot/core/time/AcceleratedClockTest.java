package io.polybot.core.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class AcceleratedClockTest {
    private static final Instant START = Instant.parse("2026-03-02T14:00:00Z");
    private final SimulatedClock wall = new SimulatedClock(START);

    @Test void atSpeedOneFollowsTheWallClock() {
        AcceleratedClock clock = new AcceleratedClock(wall, 1.0);
        wall.advance(Duration.ofSeconds(7));

        assertThat(clock.now()).isEqualTo(START.plusSeconds(7));
    }

    @Test void fasterClockStartsAtTheWallTimeAndNeverGoesBack() {
        AcceleratedClock clock = new AcceleratedClock(wall, 1000);

        Instant first = clock.now();
        Instant second = clock.now();

        assertThat(first).isAfterOrEqualTo(START);
        assertThat(second).isAfterOrEqualTo(first);
        assertThat(clock.speed()).isEqualTo(1000);
    }

    @Test void convertsSimulatedDurationsToWallDurations() {
        assertThat(new AcceleratedClock(wall, 60).toWall(Duration.ofMinutes(10))).isEqualTo(Duration.ofSeconds(10));
        assertThat(new AcceleratedClock(wall, 0.5).toWall(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test void rejectsSpeedsThatAreNotPositive() {
        assertThatThrownBy(() -> new AcceleratedClock(wall, 0)).hasMessage("speed must be > 0, was 0.0");
        assertThatThrownBy(() -> new AcceleratedClock(wall, -2)).hasMessage("speed must be > 0, was -2.0");
        assertThatThrownBy(() -> new AcceleratedClock(wall, Double.NaN)).hasMessage("speed must be > 0, was NaN");
    }
}
