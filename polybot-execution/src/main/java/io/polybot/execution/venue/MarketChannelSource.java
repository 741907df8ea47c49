package io.polybot.execution.venue;

import java.net.URI;
import java.util.Optional;

/** A venue whose books are also streamed on a market channel (Polymarket's {@code /ws/market}), so execution can keep them locally. */
public interface MarketChannelSource {
    /** The market channel's address; empty when the venue is read over REST only. */
    Optional<URI> marketChannel();
}
