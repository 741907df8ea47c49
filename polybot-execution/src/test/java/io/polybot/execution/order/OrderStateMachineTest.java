package io.polybot.execution.order;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.polybot.core.order.OrderStatus.*;
import static io.polybot.execution.order.OrderEvent.*;
import static io.polybot.execution.order.OrderStateMachine.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderStateMachineTest {

    @Test void followsTheHappyPathOfAnImmediateCopy() {
        assertThat(next(NEW, SUBMIT)).isEqualTo(SUBMITTED);
        assertThat(next(SUBMITTED, VENUE_MATCHED)).isEqualTo(MATCHED);
        assertThat(next(MATCHED, FULL_FILL)).isEqualTo(FILLED);
    }

    @Test void ambiguousSubmitIsUnknownNeverRejected() {
        assertThat(next(SUBMITTED, NO_ANSWER)).isEqualTo(UNKNOWN);
    }

    @Test void unknownOrderResolvesByWhatTheVenueLaterShows() {
        assertThat(next(UNKNOWN, VENUE_ACK)).isEqualTo(LIVE);
        assertThat(next(UNKNOWN, FULL_FILL)).isEqualTo(FILLED);
        assertThat(next(UNKNOWN, VENUE_REJECT)).isEqualTo(REJECTED);
    }

    @Test void partialFillsAccumulateThenFillOrCancel() {
        assertThat(next(LIVE, PARTIAL_FILL)).isEqualTo(PARTIALLY_FILLED);
        assertThat(next(PARTIALLY_FILLED, PARTIAL_FILL)).isEqualTo(PARTIALLY_FILLED);
        assertThat(next(PARTIALLY_FILLED, FULL_FILL)).isEqualTo(FILLED);
        assertThat(next(PARTIALLY_FILLED, CANCEL)).isEqualTo(CANCELLED);
        assertThat(next(PARTIALLY_FILLED, VENUE_MATCHED)).isEqualTo(PARTIALLY_FILLED);
    }

    @Test void liveOrderCannotBeRejectedAfterTheFact() {
        assertThatThrownBy(() -> next(LIVE, VENUE_REJECT)).isInstanceOf(IllegalStateException.class)
                .hasMessage("order in LIVE cannot take VENUE_REJECT");
    }

    @ParameterizedTest
    @EnumSource(value = io.polybot.core.order.OrderStatus.class, names = {"FILLED", "CANCELLED", "EXPIRED", "REJECTED"})
    void terminalStatesAcceptNoEvent(io.polybot.core.order.OrderStatus terminal) {
        for (OrderEvent event : OrderEvent.values())
            assertThatThrownBy(() -> next(terminal, event)).isInstanceOf(IllegalStateException.class);
    }
}
