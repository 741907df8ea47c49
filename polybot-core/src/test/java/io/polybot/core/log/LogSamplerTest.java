package io.polybot.core.log;

import io.polybot.core.time.SimulatedClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class LogSamplerTest {
    final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-12-06T12:00:00Z"));
    final LogSampler sampler = new LogSampler(clock, Duration.ofSeconds(1));

    @Test void showsTheFirstOfEachKindInAnIntervalAndCountsTheRestIntoTheNextShown() {
        assertThat(sampler.show("a")).isEqualTo(OptionalInt.of(0));
        for (int i = 0; i < 4; i++) assertThat(sampler.show("a")).isEmpty();
        assertThat(sampler.show("b")).isEqualTo(OptionalInt.of(0));
        clock.advance(Duration.ofMillis(999));
        assertThat(sampler.show("a")).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(sampler.show("a")).isEqualTo(OptionalInt.of(5));
        assertThat(sampler.show("b")).isEqualTo(OptionalInt.of(0));
        assertThat(sampler.show("a")).isEmpty();
    }
}
