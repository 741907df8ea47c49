package io.polybot.core.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskParameterTest {
    @Test void acceptsAndCanonicalisesValidValues() {
        assertThat(RiskParameter.MAX_SLIPPAGE.validate("0.050")).isEqualTo("0.05");
        assertThat(RiskParameter.DAILY_LOSS_LIMIT.validate("250")).isEqualTo("250");
        assertThat(RiskParameter.MAX_POSITIONS_PER_EVENT.validate("3")).isEqualTo("3");
        assertThat(RiskParameter.MAX_BOOK_AGE.duration("PT45S")).isEqualTo(Duration.ofSeconds(45));
        assertThat(RiskParameter.ofKey("maxEntryPrice")).hasValue(RiskParameter.MAX_ENTRY_PRICE);
        assertThat(RiskParameter.ofKey("maxLeverage")).isEmpty();
    }

    @Test void refusesNonsenseWithTheKeyInTheMessage() {
        assertThatThrownBy(() -> RiskParameter.MAX_SLIPPAGE.validate("1.5")).hasMessage("maxSlippage must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> RiskParameter.DAILY_LOSS_LIMIT.validate("-5")).hasMessage("dailyLossLimit must be > 0, was -5");
        assertThatThrownBy(() -> RiskParameter.EQUITY.validate("lots")).hasMessage("equity must be a decimal number, was 'lots'");
        assertThatThrownBy(() -> RiskParameter.MAX_POSITIONS_PER_EVENT.validate("2.5"))
                .hasMessage("maxPositionsPerEvent must be a whole number >= 1, was 2.5");
        assertThatThrownBy(() -> RiskParameter.MAX_BOOK_AGE.validate("30s"))
                .hasMessage("maxBookAge must be an ISO-8601 duration such as PT30S, was '30s'");
    }
}
