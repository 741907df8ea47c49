package io.polybot.gateway.auth;

import io.polybot.core.time.SimulatedClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

    @Test void blocksAfterTheThirdFailureUntilTheWindowEnds() {
        throttle.failed("10.0.0.1", "admin");
        throttle.failed("10.0.0.1", "admin");
        assertThat(throttle.blockedFor("10.0.0.1", "admin")).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        throttle.failed("10.0.0.1", "admin");
        assertThat(throttle.blockedFor("10.0.0.1", "admin")).hasValue(Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.blockedFor("10.0.0.1", "admin")).isEmpty();
    }

    @Test void anotherClientIsNotLockedOut() {
        for (int i = 0; i < 3; i++) throttle.failed("10.0.0.1", "admin");

        assertThat(throttle.blockedFor("10.0.0.2", "admin")).isEmpty();
    }

    @Test void successClearsTheFailures() {
        throttle.failed("10.0.0.1", "admin");
        throttle.failed("10.0.0.1", "admin");
        throttle.succeeded("10.0.0.1", "admin");
        throttle.failed("10.0.0.1", "admin");

        assertThat(throttle.blockedFor("10.0.0.1", "admin")).isEmpty();
    }
}
