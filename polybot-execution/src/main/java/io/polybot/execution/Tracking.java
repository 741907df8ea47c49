package io.polybot.execution;

import io.polybot.execution.order.OrderFeed;
import io.polybot.execution.position.PositionMarker;
import io.polybot.execution.reconcile.Reconciler;

import java.time.Duration;
import java.util.Optional;

/**
 * What keeps execution's books true after the orders leave: the order feed (user channel and
 * polling), the reconciler (at start-up and every {@code reconcileEvery}) and the marker (every
 * {@code markEvery}). Each is optional: a paper venue has nothing to reconcile against.
 */
public record Tracking(Optional<OrderFeed> feed, Duration pollEvery, Optional<Reconciler> reconciler, Duration reconcileEvery,
                       Optional<PositionMarker> marker, Duration markEvery) {
    public static Tracking none() {
        return new Tracking(Optional.empty(), Duration.ofSeconds(5), Optional.empty(), Duration.ofSeconds(60), Optional.empty(),
                Duration.ofSeconds(30));
    }
}
