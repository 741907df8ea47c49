package io.polybot.core.trading;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.control.ControlCommand;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TradingSwitchTest {
    static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

    static Envelope<ControlCommand> command(ControlCommand.Action action, String actor, String reason) {
        return Envelope.of("test", T0, T0, new ControlCommand(action, actor, reason, Map.of(), T0));
    }

    @Test void aKillHaltsAndRemembersWhoWhyAndWhen() {
        TradingSwitch tradingSwitch = new TradingSwitch(TradingState.ACTIVE);
        List<TradingSwitch.Current> heard = new ArrayList<>();
        tradingSwitch.onChange(heard::add);

        tradingSwitch.handle(command(ControlCommand.Action.KILL, "alice", "venue acting up"));
        tradingSwitch.handle(command(ControlCommand.Action.KILL, "bob", "again"));

        assertThat(tradingSwitch.halted()).isTrue();
        assertThat(tradingSwitch.current()).isEqualTo(new TradingSwitch.Current(TradingState.HALTED, "again", "bob", T0));
        assertThat(heard).containsExactly(new TradingSwitch.Current(TradingState.HALTED, "venue acting up", "alice", T0));
    }

    @Test void aReleaseReturnsToActiveAndAFailingListenerDoesNotUndoIt() {
        TradingSwitch tradingSwitch = new TradingSwitch(TradingState.HALTED);
        tradingSwitch.onChange(c -> { throw new IllegalStateException("boom"); });

        tradingSwitch.handle(command(ControlCommand.Action.RELEASE, "alice", "all clear"));

        assertThat(tradingSwitch.state()).isEqualTo(TradingState.ACTIVE);
    }

    @Test void aStatusTravelsOnTheBusAsItself() {
        TradingStatus status = new TradingStatus("execution", "demo", TradingState.HALTED, "drill", T0, "alice", "sim", false,
                Map.of("maxSlippage", "0.03"), T0);
        Envelope<?> decoded = EnvelopeCodec.decode(EnvelopeCodec.encode(Envelope.of("test", T0, T0, status)));
        assertThat(decoded.type()).isEqualTo("trading-status");
        assertThat(decoded.payload()).isEqualTo(status);
    }
}
