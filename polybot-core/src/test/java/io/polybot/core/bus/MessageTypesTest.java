package io.polybot.core.bus;

import io.polybot.core.control.ControlCommand;
import io.polybot.core.order.Order;
import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class MessageTypesTest {
    @Test void namesAndClassesMapBothWays() {
        assertThat(MessageTypes.nameOf(WalletTrade.class)).isEqualTo("wallet-trade");
        assertThat(MessageTypes.classOf("order")).isEqualTo(Order.class);
        assertThat(MessageTypes.classOf(MessageTypes.nameOf(ControlCommand.class))).isEqualTo(ControlCommand.class);
    }

    @Test void unknownNamesAndClassesAreRejected() {
        assertThatThrownBy(() -> MessageTypes.classOf("horoscope")).hasMessage("unknown message type: horoscope");
        assertThatThrownBy(() -> MessageTypes.nameOf(String.class)).hasMessage("not a bus message type: java.lang.String");
    }

    @Test void topicsHaveTheirStreamNames() {
        assertThat(Topic.ofStreamName("orders.events")).isEqualTo(Topic.ORDERS_EVENTS);
        assertThatThrownBy(() -> Topic.ofStreamName("orders")).hasMessage("unknown topic: orders");
    }
}
