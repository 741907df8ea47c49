package io.polybot.polymarket.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserMessageParserTest {
    static final String PLACEMENT = """
            {"event_type":"order","type":"PLACEMENT","id":"0xff35","owner":"9180","order_owner":"9180","market":"0xbd31",
             "asset_id":"5211","side":"SELL","original_size":"10","size_matched":"0","price":"0.57","associate_trades":null,
             "outcome":"YES","created_at":"1672290687","expiration":"1234567","order_type":"GTD","status":"LIVE",
             "maker_address":"0x1234","timestamp":"1672290687"}""";
    static final String TRADE = """
            {"event_type":"trade","type":"TRADE","id":"28c4","taker_order_id":"0x06bc","market":"0xbd31","asset_id":"5211",
             "side":"BUY","size":"10","price":"0.57","fee_rate_bps":"0","status":"MINED","matchtime":"1672290701",
             "last_update":"1672290701","outcome":"YES","owner":"9180","trade_owner":"9180","maker_address":"0x1234",
             "transaction_hash":"","bucket_index":0,"trader_side":"TAKER",
             "maker_orders":[{"order_id":"0xff35","owner":"9180","maker_address":"0x5678","matched_amount":"10","price":"0.57",
               "fee_rate_bps":"0","asset_id":"5211","outcome":"YES","side":"SELL"}],"timestamp":"1672290701"}""";

    @Test
    void readsAnOrderPlacement() {
        UserFrame frame = UserMessageParser.parse(PLACEMENT);
        Instant t = Instant.ofEpochSecond(1672290687);
        assertThat(frame.events()).containsExactly(new OrderEvent("0xff35", OrderEventType.PLACEMENT, UserOrderStatus.LIVE, "LIVE",
                "0xbd31", "5211", OrderSide.SELL, new BigDecimal("0.57"), BigDecimal.TEN, BigDecimal.ZERO, "YES", "GTD", "9180", "9180",
                "0x1234", List.of(), t, Instant.ofEpochSecond(1234567), t));
    }

    @Test
    void readsATradeWithMakerOrdersAndTheOldMatchtimeSpelling() {
        TradeEvent t = (TradeEvent) UserMessageParser.parse(TRADE).events().getFirst();
        assertThat(t.status()).isEqualTo(TradeStatus.MINED);
        assertThat(t.matchTime()).isEqualTo(Instant.ofEpochSecond(1672290701));
        assertThat(t.transactionHash()).isNull();
        assertThat(t.makerOrders()).containsExactly(new MakerOrder("0xff35", "9180", "0x5678", BigDecimal.TEN, new BigDecimal("0.57"),
                BigDecimal.ZERO, "5211", "YES", OrderSide.SELL));
        TradeEvent renamed = (TradeEvent) UserMessageParser.parse(TRADE.replace("\"matchtime\"", "\"match_time\"")).events().getFirst();
        assertThat(renamed.matchTime()).isEqualTo(t.matchTime());
    }

    @Test
    void readsEveryTradeStatusAndKnowsWhichAreFinal() {
        for (TradeStatus s : List.of(TradeStatus.MATCHED, TradeStatus.MINED, TradeStatus.CONFIRMED, TradeStatus.RETRYING, TradeStatus.FAILED)) {
            TradeEvent t = (TradeEvent) UserMessageParser.parse(TRADE.replace("MINED", s.name())).events().getFirst();
            assertThat(t.status()).isEqualTo(s);
            assertThat(t.status().isFinal()).isEqualTo(s == TradeStatus.CONFIRMED || s == TradeStatus.FAILED);
        }
        assertThat(((TradeEvent) UserMessageParser.parse(TRADE.replace("MINED", "SETTLING")).events().getFirst()).status())
                .isEqualTo(TradeStatus.OTHER);
    }

    @Test
    void readsUpdatesAndCancellationsIncludingAKilledFokOrder() {
        String update = PLACEMENT.replace("PLACEMENT", "UPDATE").replace("\"size_matched\":\"0\"", "\"size_matched\":\"4\"")
                .replace("\"associate_trades\":null", "\"associate_trades\":[\"28c4\"]");
        OrderEvent u = (OrderEvent) UserMessageParser.parse(update).events().getFirst();
        assertThat(u.type()).isEqualTo(OrderEventType.UPDATE);
        assertThat(u.sizeMatched()).isEqualByComparingTo("4");
        assertThat(u.associateTrades()).containsExactly("28c4");

        String killed = PLACEMENT.replace("PLACEMENT", "CANCELLATION").replace("\"LIVE\"",
                "\"CANCELED_order couldn't be fully filled. FOK orders are fully filled or killed.\"").replace("\"0\"", "\"\"");
        OrderEvent k = (OrderEvent) UserMessageParser.parse(killed).events().getFirst();
        assertThat(k.type()).isEqualTo(OrderEventType.CANCELLATION);
        assertThat(k.status()).isEqualTo(UserOrderStatus.CANCELED);
        assertThat(k.statusText()).startsWith("CANCELED_order");
        assertThat(k.sizeMatched()).isEqualByComparingTo("0");
    }

    @Test
    void typesAMessageWithoutEventTypeByItsTypeAndCountsUnknownOnes() {
        UserFrame frame = UserMessageParser.parse("[" + PLACEMENT.replace("\"event_type\":\"order\",", "") + ",{\"event_type\":\"x\"}]");
        assertThat(frame.events()).hasSize(1);
        assertThat(frame.unknownEvents()).isEqualTo(1);
    }

    @Test
    void rejectsMalformedEvents() {
        assertThatThrownBy(() -> UserMessageParser.parse(TRADE.replace("\"side\":\"BUY\",", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'side'");
        assertThatThrownBy(() -> UserMessageParser.parse("{\"event_type\":")).hasMessageContaining("malformed JSON");
    }
}
