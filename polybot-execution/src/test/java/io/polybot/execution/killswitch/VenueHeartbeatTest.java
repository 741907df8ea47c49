package io.polybot.execution.killswitch;

import io.polybot.core.bus.Envelope;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.venue.VenueException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VenueHeartbeatTest {
    static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");
    final TradingSwitch tradingSwitch = new TradingSwitch(TradingState.ACTIVE);
    final List<String> previousIds = new ArrayList<>();
    boolean venueDown;
    int issued;
    final VenueHeartbeat heartbeat = new VenueHeartbeat(previous -> {
        if (venueDown) throw new VenueException("heartbeat refused: HTTP 503");
        previousIds.add(previous);
        return "hb-" + ++issued;
    }, tradingSwitch, Duration.ofSeconds(5));

    void control(ControlCommand.Action action) {
        tradingSwitch.handle(Envelope.of("test", T0, T0, new ControlCommand(action, "tester", "drill", Map.of(), T0)));
    }

    @Test void beatsChainedToThePreviousIdWhileActive() {
        assertThat(heartbeat.tick()).isTrue();
        assertThat(heartbeat.tick()).isTrue();
        assertThat(previousIds).containsExactly("", "hb-1");
        assertThat(heartbeat.beats()).isEqualTo(2);
    }

    @Test void stopsBeatingOnAKillSoTheVenueCancelsWhatIsLeftAndStartsAFreshChainAfterRelease() {
        heartbeat.tick();
        control(ControlCommand.Action.KILL);
        assertThat(heartbeat.tick()).isFalse();
        assertThat(heartbeat.tick()).isFalse();
        control(ControlCommand.Action.RELEASE);
        assertThat(heartbeat.tick()).isTrue();
        assertThat(previousIds).containsExactly("", "");
    }

    @Test void aFailedBeatStartsANewChain() {
        heartbeat.tick();
        venueDown = true;
        assertThat(heartbeat.tick()).isFalse();
        venueDown = false;
        heartbeat.tick();
        assertThat(previousIds).containsExactly("", "");
    }
}
