package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;

import java.math.BigDecimal;

/**
 * A fraction of the notional that triggered the signal (the whale's trade), kept between a
 * minimum and a maximum: bigger conviction, bigger copy, within bounds.
 */
public final class ProportionalSizer implements Sizer {
    private final BigDecimal fraction;
    private final Usd minNotional;
    private final Usd maxNotional;

    public ProportionalSizer(BigDecimal fraction, Usd minNotional, Usd maxNotional) {
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException("proportional fraction must be in (0, 1], was " + fraction);
        if (minNotional.amount().signum() <= 0) throw new IllegalArgumentException("minimum notional must be > 0, was " + minNotional);
        if (maxNotional.compareTo(minNotional) < 0)
            throw new IllegalArgumentException("maximum notional " + maxNotional + " is below the minimum " + minNotional);
        this.fraction = fraction;
        this.minNotional = minNotional;
        this.maxNotional = maxNotional;
    }

    @Override public Usd notional(Signal signal, Price expectedPrice) {
        // A signal without a trigger notional (not a copy) gets the minimum.
        Usd trigger = signal.triggerNotional() == null ? Usd.ZERO : signal.triggerNotional();
        Usd wanted = new Usd(trigger.amount().multiply(fraction));
        if (wanted.compareTo(minNotional) < 0) return minNotional;
        return wanted.compareTo(maxNotional) > 0 ? maxNotional : wanted;
    }
}
