package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;

/**
 * Live trading's per-order ceiling ({@code execution.live.max-order-notional}, $50 unless raised
 * in the configuration): whatever the sizer behind it proposes, no live order is sized above it.
 * It only ever lowers a size, like every risk cap; it is not changeable at run time on purpose.
 */
public final class LiveOrderCap implements Sizer {
    private final Sizer sizer;
    private final Usd cap;

    public LiveOrderCap(Sizer sizer, Usd cap) {
        if (cap.amount().signum() <= 0) throw new IllegalArgumentException("the live per-order cap must be > 0, was " + cap);
        this.sizer = sizer;
        this.cap = cap;
    }

    @Override public Usd notional(Signal signal, Price expectedPrice) {
        Usd proposed = sizer.notional(signal, expectedPrice);
        return proposed.compareTo(cap) > 0 ? cap : proposed;
    }
}
