package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.Vectors;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class OrderAmountsTest {
    static Stream<Arguments> vectors() {
        List<Arguments> out = new ArrayList<>();
        int i = 0;
        for (JsonNode v : Vectors.vectors("order_amounts.json")) out.add(Arguments.of(i++ + " " + v.get("kind").stringValue(), v));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void matchesOfficialClient(String name, JsonNode v) {
        OrderSide side = OrderSide.parse(v.get("side").stringValue());
        BigDecimal price = new BigDecimal(v.get("price").stringValue());
        BigDecimal tick = new BigDecimal(v.get("tick_size").stringValue());
        OrderAmounts.Amounts a = v.get("kind").stringValue().equals("limit")
                ? OrderAmounts.limit(side, price, new BigDecimal(v.get("size").stringValue()), tick)
                : OrderAmounts.market(side, price, new BigDecimal(v.get("amount").stringValue()), tick);
        assertThat(a.makerAmount()).isEqualTo(new BigInteger(v.get("expected_maker_amount").stringValue()));
        assertThat(a.takerAmount()).isEqualTo(new BigInteger(v.get("expected_taker_amount").stringValue()));
    }

    @Test
    void coversEveryVectorInTheFile() {
        assertThat(vectors().count()).isEqualTo(95);
    }

    @Test
    void absorbsFloatNoiseLikeTheOfficialClient() {
        // 0.7 * 0.01 = 0.006999999999999999 in doubles; the client rounds it back to 0.007.
        var a = OrderAmounts.limit(OrderSide.BUY, new BigDecimal("0.7"), new BigDecimal("0.01"), new BigDecimal("0.1"));
        assertThat(a).isEqualTo(new OrderAmounts.Amounts(BigInteger.valueOf(7000), BigInteger.valueOf(10000)));
    }

    @Test
    void roundsSizeDownToTwoDecimals() {
        var a = OrderAmounts.limit(OrderSide.SELL, new BigDecimal("0.9"), new BigDecimal("1305.115"), new BigDecimal("0.1"));
        assertThat(a.makerAmount()).isEqualTo(BigInteger.valueOf(1_305_110_000L));
        assertThat(a.takerAmount()).isEqualTo(BigInteger.valueOf(1_174_599_000L));
    }

    @Test
    void rejectsUnknownTickSize() {
        assertThatThrownBy(() -> OrderAmounts.limit(OrderSide.BUY, new BigDecimal("0.5"), BigDecimal.TEN, new BigDecimal("0.02")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tick size 0.02");
    }

    @Test
    void acceptsTickSizeWithTrailingZeros() {
        var a = OrderAmounts.limit(OrderSide.BUY, new BigDecimal("0.5"), new BigDecimal("21.04"), new BigDecimal("0.10"));
        assertThat(a.makerAmount()).isEqualTo(BigInteger.valueOf(10_520_000));
    }
}
