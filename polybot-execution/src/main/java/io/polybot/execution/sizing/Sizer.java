package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;

/** How much a signal should buy before risk caps (which may only reduce it). */
public interface Sizer {
    /** The notional to put behind the signal at the given expected entry price. */
    Usd notional(Signal signal, Price expectedPrice);
}
