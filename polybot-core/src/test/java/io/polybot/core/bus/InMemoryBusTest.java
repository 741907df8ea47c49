package io.polybot.core.bus;

import java.time.Duration;

final class InMemoryBusTest extends MessageBusContract {
    @Override protected MessageBus newBus() { return new InMemoryBus(clock, maxDeliveries(), Duration.ofMillis(100)); }

    @Override protected int maxDeliveries() { return 3; }
}
