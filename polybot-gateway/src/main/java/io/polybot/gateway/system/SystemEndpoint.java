package io.polybot.gateway.system;

import io.javalin.http.Context;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.gateway.control.ControlView;
import io.polybot.gateway.overview.FeedView;
import io.polybot.gateway.overview.OverviewEndpoint;
import io.polybot.store.repo.DeadLetterRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/system}: is everything running? Each instance's last status report (healthy when
 * it came within {@link #HEALTHY_WITHIN}: roles report every 10 s by default), the feeds, each
 * consumer group's lag on the bus, and the open dead letters.
 */
public final class SystemEndpoint {
    private static final Logger log = LoggerFactory.getLogger(SystemEndpoint.class);
    public static final Duration HEALTHY_WITHIN = Duration.ofSeconds(60);

    public record RoleHealth(String role, String instance, TradingState state, String mode, Instant reportedAt, boolean healthy) {}

    /** @param lag null when the bus cannot tell */
    public record BusLag(String topic, String group, Long lag, long pending) {}

    public record SystemStatus(List<RoleHealth> roles, List<FeedView> feeds, List<BusLag> bus, int deadLetters) {}

    private final ControlView control;
    private final OverviewEndpoint overview;
    private final MessageBus bus;
    private final DeadLetterRepository deadLetters;
    private final Clock clock;

    public SystemEndpoint(ControlView control, OverviewEndpoint overview, MessageBus bus, DeadLetterRepository deadLetters, Clock clock) {
        this.control = control;
        this.overview = overview;
        this.bus = bus;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    public void get(Context ctx) {
        Instant now = clock.now();
        List<RoleHealth> roles = control.reports().stream()
                .map(r -> new RoleHealth(r.role(), r.instance(), r.state(), r.mode(), r.reportedAt(),
                        Duration.between(r.reportedAt(), now).compareTo(HEALTHY_WITHIN) <= 0))
                .toList();
        ctx.json(new SystemStatus(roles, overview.feeds(), busLag(), deadLetters.open().size()));
    }

    /** The bus being unreachable is itself a finding: shown as no groups, and logged, rather than failing the whole page. */
    private List<BusLag> busLag() {
        try {
            return bus.lag().stream().map(l -> new BusLag(l.topic().streamName(), l.group(), l.lag(), l.pending())).toList();
        } catch (RuntimeException e) {
            log.warn("cannot read the bus's consumer lag: {}", e.toString());
            return List.of();
        }
    }
}
