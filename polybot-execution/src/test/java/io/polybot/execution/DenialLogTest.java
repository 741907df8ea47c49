package io.polybot.execution;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DenialLogTest {
    final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-12-06T12:00:00Z"));
    final DenialLog denials = new DenialLog(clock);
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(ExecutionEngine.class);

    @BeforeEach void listen() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach void stop() { logger.detachAppender(logs); }

    @Test void showsTheFirstDenialOfEachReasonInASecondAndCountsTheRestIntoTheNextShown() {
        for (int i = 0; i < 5; i++) denials.denied(new SignalId("s" + i), "ORDER_RATE", "more than 10 orders a second");
        denials.denied(new SignalId("p"), "POSITION_CAP", "position cap $500 reached");
        clock.advance(Duration.ofMillis(999));
        denials.denied(new SignalId("s5"), "ORDER_RATE", "more than 10 orders a second");
        clock.advance(Duration.ofMillis(1));
        denials.denied(new SignalId("s6"), "ORDER_RATE", "more than 10 orders a second");

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                "signal s0 denied: ORDER_RATE (more than 10 orders a second)",
                "signal p denied: POSITION_CAP (position cap $500 reached)",
                "signal s6 denied: ORDER_RATE (more than 10 orders a second); 5 more ORDER_RATE since the last shown");
    }
}
