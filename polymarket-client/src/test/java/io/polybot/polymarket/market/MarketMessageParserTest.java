package io.polybot.polymarket.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketMessageParserTest {
    private static MarketMessage only(String json) {
        MarketFrame frame = MarketMessageParser.parse(json);
        assertThat(frame.messages()).hasSize(1);
        return frame.messages().getFirst();
    }

    @Test
    void readsABookAndSortsLevelsBestFirst() {
        Book b = (Book) only("""
                {"market":"0xm","asset_id":"111","timestamp":"1790272268523","hash":"7f0e",
                 "bids":[{"price":"0.48","size":"30"},{"price":"0.50","size":"15"},{"price":".49","size":"20"}],
                 "asks":[{"price":"0.54","size":"10"},{"price":"0.52","size":"25"}],
                 "tick_size":"0.01","event_type":"book","last_trade_price":"0.50","neg_risk":false,"min_order_size":"5"}""");
        assertThat(b.assetId()).isEqualTo("111");
        assertThat(b.eventTime()).isEqualTo(Instant.ofEpochMilli(1790272268523L));
        assertThat(b.bids()).containsExactly(BookLevel.of("0.5", "15"), BookLevel.of("0.49", "20"), BookLevel.of("0.48", "30"));
        assertThat(b.asks()).containsExactly(BookLevel.of("0.52", "25"), BookLevel.of("0.54", "10"));
        assertThat(b.tickSize()).isEqualByComparingTo("0.01");
        assertThat(b.lastTradePrice()).isEqualByComparingTo("0.5");
        assertThat(b.minOrderSize()).isEqualByComparingTo("5");
        assertThat(b.negRisk()).isFalse();
        assertThat(b.hash()).isEqualTo("7f0e");
    }

    @Test
    void readsTheCurrentPriceChangeFormatWithBestPrices() {
        PriceChange pc = (PriceChange) only("""
                {"event_type":"price_change","market":"0x5f","timestamp":"1757908892351","price_changes":[
                 {"asset_id":"A","price":"0.5","size":"200","side":"BUY","hash":"h1","best_bid":"0.5","best_ask":"1"},
                 {"asset_id":"B","price":"0.5","size":"0","side":"SELL","hash":"h2","best_bid":"","best_ask":"0.5"}]}""");
        assertThat(pc.format()).isEqualTo(PriceChange.Format.CURRENT);
        assertThat(pc.changes()).containsExactly(
                new LevelChange("A", OrderSide.BUY, new BigDecimal("0.5"), new BigDecimal("200"), "h1", new BigDecimal("0.5"), BigDecimal.ONE),
                new LevelChange("B", OrderSide.SELL, new BigDecimal("0.5"), BigDecimal.ZERO, "h2", BigDecimal.ZERO, new BigDecimal("0.5")));
    }

    @Test
    void readsTheLegacyPriceChangeFormatWithAChangesList() {
        PriceChange pc = (PriceChange) only("""
                {"event_type":"price_change","asset_id":"7132","market":"0x5f",
                 "changes":[{"price":"0.4","side":"SELL","size":"3300"},{"price":"0.39","side":"BUY","size":"0"}],
                 "timestamp":"1729084877448","hash":"3cd4"}""");
        assertThat(pc.format()).isEqualTo(PriceChange.Format.LEGACY);
        assertThat(pc.changes()).containsExactly(
                new LevelChange("7132", OrderSide.SELL, new BigDecimal("0.4"), new BigDecimal("3300"), "3cd4", null, null),
                new LevelChange("7132", OrderSide.BUY, new BigDecimal("0.39"), BigDecimal.ZERO, "3cd4", null, null));
        assertThat(pc.changes().getFirst().hasBestPrices()).isFalse();
    }

    @Test
    void readsTheOldestPriceChangeWithOneInlineChange() {
        PriceChange pc = (PriceChange) only("""
                {"asset_id":"48","event_type":"price_change","hash":"bf32","market":"0xdd","price":"0.514","side":"SELL",
                 "size":"21574.08","timestamp":"1723967931411"}""");
        assertThat(pc.changes()).containsExactly(
                new LevelChange("48", OrderSide.SELL, new BigDecimal("0.514"), new BigDecimal("21574.08"), "bf32", null, null));
    }

    @Test
    void readsLastTradeTickSizeAndBestBidAsk() {
        MarketFrame frame = MarketMessageParser.parse("""
                [{"event_type":"last_trade_price","asset_id":"1","market":"0xa","price":"0.456","side":"BUY","size":"219.217767",
                  "fee_rate_bps":"","timestamp":"1750428146322","transaction_hash":"0xt"},
                 {"event_type":"tick_size_change","asset_id":"1","market":"0xa","old_tick_size":"0.01","new_tick_size":"0.001",
                  "timestamp":"100000000"},
                 {"event_type":"best_bid_ask","market":"0xa","asset_id":"1","best_bid":"0.73","best_ask":"0.77","spread":"0.04",
                  "timestamp":"1766789469958"}]""");
        assertThat(frame.messages()).containsExactly(
                new LastTradePrice("0xa", "1", Instant.ofEpochMilli(1750428146322L), new BigDecimal("0.456"),
                        new BigDecimal("219.217767"), OrderSide.BUY, null, "0xt"),
                // A 9-digit timestamp is read as seconds.
                new TickSizeChange("0xa", "1", Instant.ofEpochSecond(100000000L), new BigDecimal("0.01"), new BigDecimal("0.001")),
                new BestBidAsk("0xa", "1", Instant.ofEpochMilli(1766789469958L), new BigDecimal("0.73"), new BigDecimal("0.77"),
                        new BigDecimal("0.04")));
    }

    @Test
    void readsNewAndResolvedMarkets() {
        MarketFrame frame = MarketMessageParser.parse("""
                [{"event_type":"new_market","id":"1031769","question":"Q?","market":"0x31","slug":"s","description":"d",
                  "assets_ids":["76","31"],"outcomes":["Yes","No"],
                  "event_message":{"id":"125819","ticker":"t","slug":"es","title":"T","description":"D"},
                  "timestamp":"1766790415550","tags":["stocks"],"active":true,"order_price_min_tick_size":"0.01",
                  "group_item_title":"NVDA above $240","fee_schedule":{"x":[1,2]}},
                 {"event_type":"market_resolved","id":"1031769","market":"0x31","assets_ids":["76","31"],
                  "winning_asset_id":"76","winning_outcome":"Yes","timestamp":"1766790415550","tags":["stocks"]}]""");
        Instant t = Instant.ofEpochMilli(1766790415550L);
        assertThat(frame.messages()).containsExactly(
                new NewMarket("0x31", t, "1031769", "Q?", "s", "d", List.of("76", "31"), List.of("Yes", "No"), List.of("stocks"),
                        true, new BigDecimal("0.01"), "NVDA above $240", new EventSummary("125819", "t", "es", "T", "D")),
                new MarketResolved("0x31", t, "1031769", List.of("76", "31"), "76", "Yes", List.of("stocks"), EventSummary.NONE));
    }

    @Test
    void countsUnknownEventTypesAndMessagesWithoutOne() {
        MarketFrame frame = MarketMessageParser.parse("""
                [{"event_type":"something_new","x":{"y":[1,2]}},{"no_type":true},
                 {"event_type":"tick_size_change","asset_id":"1","market":"0xa","new_tick_size":"0.001"}]""");
        assertThat(frame.messages()).hasSize(1);
        assertThat(frame.unknownEvents()).isEqualTo(2);
    }

    @Test
    void anEmptyArrayHoldsNothing() {
        assertThat(MarketMessageParser.parse("[]")).isEqualTo(new MarketFrame(List.of(), 0));
    }

    @Test
    void rejectsMalformedInput() {
        assertThatThrownBy(() -> MarketMessageParser.parse("{\"event_type\":\"book\",\"asset_id\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> MarketMessageParser.parse("PONG")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarketMessageParser.parse("{\"event_type\":\"book\",\"bids\":[]}"))
                .hasMessageContaining("missing required field 'asset_id'");
        assertThatThrownBy(() -> MarketMessageParser.parse("""
                {"event_type":"price_change","market":"m","price_changes":[{"asset_id":"A","price":"x","size":"1","side":"BUY"}]}"""))
                .hasMessageContaining("'price' is not a decimal");
        assertThatThrownBy(() -> MarketMessageParser.parse("""
                {"event_type":"price_change","market":"m","price_changes":[{"asset_id":"A","price":"0.5","size":"1","side":"HOLD"}]}"""))
                .hasMessageContaining("side must be BUY or SELL");
    }
}
