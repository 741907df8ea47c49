package io.polybot.bench;

import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.market.MarketMessageParser;
import io.polybot.polymarket.rtds.RtdsMessages;
import io.polybot.polymarket.user.UserMessageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Parse time of one WebSocket message of each type (issue target: 2 µs), on real captures read
 * from {@code ../shared/data} at setup (never copied into the repository; set {@code
 * -Dpolybot.shared.dir} when not run from the repository root). Run: {@code java -jar
 * bench/target/benchmarks.jar WsParse}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WsParseBenchmark {
    private record Source(String channel, String file, int index) {}

    // Message type -> channel, capture file under data/polymarket-ws, element (-1 = the whole file).
    private static final Map<String, Source> SOURCES = Map.ofEntries(
            Map.entry("book", new Source("market", "whalescan_real/clob_market_ws_messages.json", 1)),
            Map.entry("price_change", new Source("market", "whalescan_real/clob_market_ws_messages.json", 3)),
            Map.entry("price_change_legacy", new Source("market", "nautilus/py_ws_messages__price_change.json", -1)),
            Map.entry("last_trade_price", new Source("market", "whalescan_real/clob_market_ws_messages.json", 6)),
            Map.entry("tick_size_change", new Source("market", "nautilus/py_ws_messages__tick_size_change.json", -1)),
            Map.entry("best_bid_ask", new Source("market", "nautilus/rs_ws_market_best_bid_ask_msg.json", -1)),
            Map.entry("new_market", new Source("market", "nautilus/rs_ws_market_new_market_msg.json", -1)),
            Map.entry("market_resolved", new Source("market", "nautilus/rs_ws_market_resolved_msg.json", -1)),
            Map.entry("user_order", new Source("user", "nautilus/py_ws_messages__order_placement.json", -1)),
            Map.entry("user_trade", new Source("user", "nautilus/py_ws_messages__user_trade2.json", -1)),
            Map.entry("rtds_trade", new Source("rtds", "whalescan_real/rtds_activity_trades.json", 0)));

    @Param({"book", "price_change", "price_change_legacy", "last_trade_price", "tick_size_change", "best_bid_ask", "new_market",
            "market_resolved", "user_order", "user_trade", "rtds_trade"})
    public String type;

    private static final JsonFactory JACKSON = new JsonFactory();

    private String text;
    private String channel;

    @Setup public void load() {
        Source s = SOURCES.get(type);
        Path dir = Path.of(System.getProperty("polybot.shared.dir", "../shared")).resolve("data/polymarket-ws");
        try {
            var tree = Json.parse(Files.readString(dir.resolve(s.file())), s.file());
            // Compact, as the venue sends it.
            text = (s.index() < 0 ? tree : tree.get(s.index())).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("capture not found; run from the repository root or set -Dpolybot.shared.dir", e);
        }
        channel = s.channel();
    }

    @Benchmark public Object parse() {
        return switch (channel) {
            case "market" -> MarketMessageParser.parse(text);
            case "user" -> UserMessageParser.parse(text);
            default -> RtdsMessages.parseTrades(text);
        };
    }

    /**
     * Reference, not a target: Jackson's bare token pass over the same text (no value read), the
     * floor of the parsers before they moved to {@code JsonCursor}. On a busy machine compare
     * {@code parse} with this in the same run rather than with the absolute 2 µs alone.
     */
    @Benchmark public int jacksonTokenPass() {
        int tokens = 0;
        try (JsonParser p = JACKSON.createParser(ObjectReadContext.empty(), text)) {
            while (p.nextToken() != null) tokens++;
        }
        return tokens;
    }
}
