package io.polybot.app.roles;

import io.polybot.core.bus.Envelope;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TradingSwitchWiringTest {
    @TempDir Path dataDir;

    static Envelope<ControlCommand> command(ControlCommand.Action action, String reason, Instant at) {
        return Envelope.of("test", at, at, new ControlCommand(action, "alice", reason, Map.of(), at));
    }

    @Test void aKillSurvivesARestartUntilItIsReleased() {
        Instant t0 = Instant.parse("2026-11-22T03:00:00Z");
        try (Store store = Store.open(StoreConfig.embedded(dataDir))) {
            TradingSwitch first = TradingSwitchWiring.restore(store);
            TradingSwitchWiring.saveChanges(first, store);
            assertThat(first.state()).isEqualTo(TradingState.ACTIVE);
            first.handle(command(ControlCommand.Action.KILL, "drill", t0));

            // The process restarts: the new switch starts where the operator left it.
            TradingSwitch second = TradingSwitchWiring.restore(store);
            TradingSwitchWiring.saveChanges(second, store);
            assertThat(second.current().state()).isEqualTo(TradingState.HALTED);
            assertThat(second.current().reason()).isEqualTo("drill");
            assertThat(second.current().by()).isEqualTo("alice");

            // A late copy of an older command does not undo a newer one.
            second.handle(command(ControlCommand.Action.RELEASE, "all clear", t0.plusSeconds(60)));
            store.tradingState().save(new TradingSwitch.Current(TradingState.HALTED, "stale", "bob", t0.plusSeconds(30)));
            assertThat(TradingSwitchWiring.restore(store).state()).isEqualTo(TradingState.ACTIVE);
        }
    }
}
