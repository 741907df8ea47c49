package io.polybot.execution.mode;

import io.polybot.core.bus.Envelope;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.control.ControlCommand.Action;
import io.polybot.store.repo.AuditLogRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class LiveArmingTest {
    static final Instant T = Instant.parse("2026-11-22T02:00:00Z");
    final AuditLogRepository audit = mock(AuditLogRepository.class);

    static Envelope<ControlCommand> command(Action action) {
        return Envelope.of("test", T, T, new ControlCommand(action, "alice", "drill", Map.of(), T));
    }

    @Test void liveStartsDisarmedAndArmsOnlyWhenTheConfigurationAllowsIt() {
        LiveArming refused = new LiveArming(ExecutionMode.LIVE, false, audit);
        refused.handle(command(Action.ARM));
        assertThat(refused.armed()).isFalse();
        verify(audit).record(eq("alice"), eq("execution.arm-refused"), anyString());

        LiveArming allowed = new LiveArming(ExecutionMode.LIVE, true, audit);
        AtomicInteger changes = new AtomicInteger();
        allowed.onChange(changes::incrementAndGet);
        assertThat(allowed.armed()).isFalse();
        allowed.handle(command(Action.ARM));
        assertThat(allowed.armed()).isTrue();
        assertThat(allowed.liveArmed()).isTrue();
        verify(audit).record("alice", "execution.armed", "drill");
        allowed.handle(command(Action.KILL));
        assertThat(allowed.armed()).isFalse();
        assertThat(changes).hasValue(2);
    }

    @Test void simulatedAndPaperVenuesAreAlwaysArmed() {
        for (ExecutionMode mode : new ExecutionMode[] {ExecutionMode.SIM, ExecutionMode.PAPER}) {
            LiveArming arming = new LiveArming(mode, false, audit);
            arming.handle(command(Action.DISARM));
            assertThat(arming.armed()).as(mode.key()).isTrue();
            assertThat(arming.liveArmed()).as("no real money in " + mode.key()).isFalse();
        }
    }

    @Test void modesParseFromConfigurationText() {
        assertThat(ExecutionMode.parse(" Paper ")).isEqualTo(ExecutionMode.PAPER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExecutionMode.parse("real"))
                .hasMessageContaining("sim, paper or live");
    }
}
