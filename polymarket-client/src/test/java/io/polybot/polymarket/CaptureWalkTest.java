package io.polybot.polymarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.market.MarketFrame;
import io.polybot.polymarket.market.MarketMessage;
import io.polybot.polymarket.market.MarketMessageParser;
import io.polybot.polymarket.rtds.RtdsMessages;
import io.polybot.polymarket.user.UserFrame;
import io.polybot.polymarket.user.UserMessageParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every real CLOB WebSocket and RTDS capture in {@code ../shared/data/polymarket-ws} parses,
 * with the expected number of messages of each type per file. The walk lists the folders, so a
 * capture added later without an expectation here fails the test.
 *
 * <p>Some nautilus fixtures were stored without {@code event_type} (its recorder keeps the type
 * in the file name); for those the expectation names the type, and the test adds the field in
 * memory before parsing (user events are typed by their {@code type} field and need no help).
 */
class CaptureWalkTest {
    private record Expect(Channel channel, String assumedEventType, Map<String, Integer> counts) {}

    private enum Channel { MARKET, USER, RTDS, NOT_WS }

    private static final Map<String, Expect> EXPECTED = new TreeMap<>();

    static {
        market("whalescan_real/clob_market_ws_messages.json", null, Map.of("Book", 3, "PriceChange", 3, "LastTradePrice", 1));
        rtds("whalescan_real/rtds_activity_trades.json", 5);
        market("nautilus/py_ws_messages__book.json", null, Map.of("Book", 1));
        market("nautilus/py_ws_messages__last_trade_price.json", null, Map.of("LastTradePrice", 1));
        market("nautilus/py_ws_messages__price_change.json", null, Map.of("PriceChange", 1));
        market("nautilus/py_ws_messages__price_change_v2.json", null, Map.of("PriceChange", 1));
        market("nautilus/py_ws_messages__tick_size_change.json", null, Map.of("TickSizeChange", 1));
        user("nautilus/py_ws_messages__order_cancel.json", null, Map.of("OrderEvent", 1));
        user("nautilus/py_ws_messages__order_placement.json", null, Map.of("OrderEvent", 1));
        user("nautilus/py_ws_messages__trades.json", "trade", Map.of("TradeEvent", 1));
        for (int i = 1; i <= 4; i++) user("nautilus/py_ws_messages__user_trade" + i + ".json", null, Map.of("TradeEvent", 1));
        market("nautilus/rs_ws_book_snapshot.json", "book", Map.of("Book", 1));
        market("nautilus/rs_ws_last_trade.json", "last_trade_price", Map.of("LastTradePrice", 1));
        market("nautilus/rs_ws_market_best_bid_ask_msg.json", null, Map.of("BestBidAsk", 1));
        market("nautilus/rs_ws_market_book_msg.json", null, Map.of("Book", 1));
        market("nautilus/rs_ws_market_last_trade_msg.json", null, Map.of("LastTradePrice", 1));
        market("nautilus/rs_ws_market_new_market_msg.json", null, Map.of("NewMarket", 1));
        market("nautilus/rs_ws_market_price_change_msg.json", null, Map.of("PriceChange", 1));
        market("nautilus/rs_ws_market_resolved_msg.json", null, Map.of("MarketResolved", 1));
        market("nautilus/rs_ws_market_tick_size_msg.json", null, Map.of("TickSizeChange", 1));
        market("nautilus/rs_ws_quotes.json", "price_change", Map.of("PriceChange", 1));
        market("nautilus/rs_ws_tick_size_change.json", "tick_size_change", Map.of("TickSizeChange", 1));
        for (String f : List.of("cancellation", "fok_killed", "matched", "msg", "placement", "update", "venue_cancel"))
            user("nautilus/rs_ws_user_order_" + f + ".json", null, Map.of("OrderEvent", 1));
        user("nautilus/rs_ws_user_trade.json", null, Map.of("TradeEvent", 1));
        user("nautilus/rs_ws_user_trade_msg.json", null, Map.of("TradeEvent", 1));
        // RTDS price topics: well-formed envelopes of topics other than activity/trades give no trades.
        for (String f : List.of("crypto_prices_subscribe", "crypto_prices_update", "equity_prices_subscribe", "equity_prices_update"))
            rtds("nautilus/rs_rtds_" + f + ".json", 0);
    }

    private static void market(String file, String assumed, Map<String, Integer> counts) {
        EXPECTED.put(file, new Expect(Channel.MARKET, assumed, counts));
    }

    private static void user(String file, String assumed, Map<String, Integer> counts) {
        EXPECTED.put(file, new Expect(Channel.USER, assumed, counts));
    }

    private static void rtds(String file, int trades) {
        EXPECTED.put(file, new Expect(Channel.RTDS, null, trades == 0 ? Map.of() : Map.of("RtdsTrade", trades)));
    }

    private static Path wsDir() {
        return Vectors.sharedDir().resolve("data/polymarket-ws");
    }

    /** The WebSocket captures: the whalescan folder, and the nautilus py_ws_messages, rs_ws and rs_rtds files. */
    private static List<String> captureFiles() throws IOException {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("whalescan_real", "nautilus")) {
            try (Stream<Path> files = Files.list(wsDir().resolve(dir))) {
                files.map(p -> dir + "/" + p.getFileName())
                        .filter(n -> n.endsWith(".json"))
                        .filter(n -> n.startsWith("whalescan_real/") || n.contains("/py_ws_messages__") || n.contains("/rs_ws_")
                                || n.contains("/rs_rtds_"))
                        .forEach(out::add);
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void everyCaptureFileHasAnExpectation() throws IOException {
        assertThat(captureFiles()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyCaptureParsesWithTheExpectedCounts() throws IOException {
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        int total = 0;
        for (String file : captureFiles()) {
            Expect expect = EXPECTED.get(file);
            if (expect == null) continue;
            Map<String, Integer> counts = count(expect, Files.readString(wsDir().resolve(file)));
            actual.put(file, counts);
            total += counts.values().stream().mapToInt(Integer::intValue).sum();
        }
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        EXPECTED.forEach((f, e) -> expected.put(f, e.counts()));
        assertThat(actual).isEqualTo(expected);
        assertThat(total).as("23 market messages, 16 user events, 5 RTDS trades").isEqualTo(23 + 16 + 5);
    }

    private static Map<String, Integer> count(Expect expect, String text) {
        if (expect.assumedEventType() != null) text = withEventType(text, expect.assumedEventType());
        Map<String, Integer> counts = new TreeMap<>();
        switch (expect.channel()) {
            case MARKET -> {
                MarketFrame frame = MarketMessageParser.parse(text);
                assertThat(frame.unknownEvents()).isZero();
                for (MarketMessage m : frame.messages()) counts.merge(m.getClass().getSimpleName(), 1, Integer::sum);
            }
            case USER -> {
                UserFrame frame = UserMessageParser.parse(text);
                assertThat(frame.unknownEvents()).isZero();
                frame.events().forEach(e -> counts.merge(e.getClass().getSimpleName(), 1, Integer::sum));
            }
            case RTDS -> {
                int n = RtdsMessages.parseTrades(text).size();
                if (n > 0) counts.put("RtdsTrade", n);
            }
            case NOT_WS -> { }
        }
        return counts;
    }

    private static String withEventType(String text, String eventType) {
        ObjectNode node = (ObjectNode) Json.parse(text, "capture");
        node.put("event_type", eventType);
        return node.toString();
    }
}
