package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;

/** The same notional for every signal: the simplest sizing, and the demo's. */
public final class FixedNotionalSizer implements Sizer {
    private final Usd notional;

    public FixedNotionalSizer(Usd notional) {
        if (notional.amount().signum() <= 0) throw new IllegalArgumentException("fixed notional must be > 0, was " + notional);
        this.notional = notional;
    }

    @Override public Usd notional(Signal signal, Price expectedPrice) { return notional; }
}
