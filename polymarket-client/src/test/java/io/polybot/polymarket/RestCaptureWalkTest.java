package io.polybot.polymarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.clob.ClobMarket;
import io.polybot.polymarket.clob.ClobParsers;
import io.polybot.polymarket.clob.CursorPage;
import io.polybot.polymarket.clob.OrderBookSummary;
import io.polybot.polymarket.data.DataApiParser;
import io.polybot.polymarket.data.TradeSide;
import io.polybot.polymarket.gamma.GammaMarket;
import io.polybot.polymarket.gamma.GammaParser;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.parse.ParsedRows;
import io.polybot.polymarket.parse.RowReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses every real Data API, Gamma and CLOB REST capture in the shared data folder (see its
 * README) and checks how many rows each yields. (The WebSocket captures are walked by
 * {@code CaptureWalkTest}.) Expected errors are rows that really lack a required field.
 */
class RestCaptureWalkTest {
    private static final Path DATA = Vectors.sharedDir().resolve("data");
    private static final String NAUTILUS = "polymarket-ws/nautilus/";

    private static String read(String relative) throws IOException {
        return Files.readString(DATA.resolve(relative), StandardCharsets.UTF_8);
    }

    private static void assertCounts(ParsedRows<?> parsed, int rows, int errors) {
        assertThat(parsed.errors().size()).as("errors: %s", parsed.errors()).isEqualTo(errors);
        assertThat(parsed.rows().size()).as("rows").isEqualTo(rows);
    }

    @Test
    void dataApiTradesCaptures() throws IOException {
        var parser = new DataApiParser();
        // PowerShell re-serialised with a UTF-8 BOM; asset and conditionId were dropped by the saver.
        assertCounts(parser.trades(read("polymarket-trades/dataapi_trades_sample_mit.json")), 3, 0);
        assertCounts(parser.trades(read(NAUTILUS + "py_http_responses__trades.json")), 4, 0);
        assertCounts(parser.trades(read(NAUTILUS + "rs_data_api_trades_response.json")), 3, 0);
        assertThat(parser.errorCount()).isZero();
    }

    @Test
    void dataApiTradesCsvOfOneWalletParsesEveryRow() throws IOException {
        // The CSV holds raw /trades rows column by column (no quoting); re-emit each as the JSON object it came from.
        List<String> lines = Files.readAllLines(DATA.resolve("polymarket-trades/dataapi_trades_weather_wallet_0xbddc.csv"));
        String[] header = lines.getFirst().split(",", -1);
        var array = Json.mapper().createArrayNode();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSameSizeAs(header);
            ObjectNode row = array.addObject();
            for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
        }
        var parsed = new DataApiParser().trades(array.toString());
        assertCounts(parsed, 1_766, 0);
        assertThat(parsed.rows().stream().filter(t -> t.side() == TradeSide.BUY)).hasSize(1_353);
    }

    @Test
    void dataApiActivityCaptures() throws IOException {
        var parser = new DataApiParser();
        var onchain = parser.activity(read("polymarket-trades/dataapi_activity_onchain_activity.json"));
        var whale1 = parser.activity(read("polymarket-trades/dataapi_activity_whale1_activity.json"));
        var whale2 = parser.activity(read("polymarket-trades/dataapi_activity_whale2_activity.json"));
        assertCounts(onchain, 500, 0);
        assertCounts(whale1, 99, 0);
        assertCounts(whale2, 200, 0);
        var all = onchain.plus(whale1).plus(whale2).rows();
        assertThat(all.stream().filter(a -> a.type().equals("TRADE"))).hasSize(541);
        assertThat(all.stream().filter(a -> a.type().equals("REDEEM"))).hasSize(257);
        assertThat(all.stream().filter(a -> a.type().equals("MAKER_REBATE"))).hasSize(1);
    }

    @Test
    void dataApiPositionsAndLeaderboardCaptures() throws IOException {
        var parser = new DataApiParser();
        assertCounts(parser.positions(read(NAUTILUS + "rs_data_api_positions_response.json")), 4, 0);
        var leaderboard = parser.leaderboard(read("polymarket-wallets/leaderboard_response_mit.json"));
        assertCounts(leaderboard, 10, 0);
        assertThat(leaderboard.rows().getFirst().rank()).isEqualTo(1);
        assertThat(leaderboard.rows().getFirst().proxyWallet()).isEqualTo("0x3a8aa345d5db7ec5138298c8c4f4540259be7699");
    }

    @Test
    void gammaMarketsPageWithBom() throws IOException {
        ParsedRows<GammaMarket> page = GammaParser.marketRows(read("polymarket-markets/gamma_markets_response_mit.json"), new RowReader());
        assertCounts(page, 80, 0);
        // The strict form used by ingest reads the same page.
        assertThat(GammaParser.markets(read("polymarket-markets/gamma_markets_response_mit.json"))).hasSize(80);
        assertThat(page.rows().stream().filter(m -> "proposed".equals(m.umaResolutionStatus()))).hasSize(11);
    }

    @Test
    void gammaRawObjectsOfTheBtcUpDownSample() throws IOException {
        var raws = Json.mapper().createArrayNode();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(DATA.resolve("polymarket-markets/btc_5m_updown_markets_2026-07-24.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) raws.add(Json.parse(line, "btc sample line").get("raw"));
            }
        }
        ParsedRows<GammaMarket> parsed = new RowReader().readArray(raws, "btc raw", GammaParser::market);
        assertCounts(parsed, 292, 0);
        assertThat(parsed.rows()).allSatisfy(m -> assertThat(m.clobTokenIds()).hasSize(2));
    }

    @Test
    void gammaNautilusShapes() throws IOException {
        var reader = new RowReader();
        assertCounts(GammaParser.marketRows(read(NAUTILUS + "py_http_responses__markets_list.json"), reader), 3, 0);
        assertThat(GammaParser.market(read(NAUTILUS + "py_http_responses__market_slug.json")).clobTokenIds()).hasSize(2);
        for (String single : List.of("rs_gamma_market.json", "rs_gamma_market_closed_binary_accepting_false.json",
                "rs_gamma_market_closed_binary_accepting_true.json", "rs_gamma_market_closed_nonbinary_legacy.json",
                "rs_gamma_market_closed_zero_zero_legacy.json", "rs_gamma_market_sports_market_map_handicap.json",
                "rs_gamma_market_sports_market_money_line.json")) {
            assertThat(GammaParser.market(read(NAUTILUS + single)).conditionId()).as(single).startsWith("0x");
        }
        var event = GammaParser.eventRow(read(NAUTILUS + "py_http_responses__event.json"), reader);
        assertCounts(event, 1, 0);
        assertThat(event.rows().getFirst().markets()).hasSize(3)
                .allSatisfy(m -> assertThat(m.eventSlug()).isEqualTo("highest-temperature-in-nyc-on-january-26"));
        var events = GammaParser.eventRows(read(NAUTILUS + "rs_gamma_event.json"), reader);
        assertCounts(events, 1, 0);
        assertThat(events.rows().getFirst().markets()).hasSize(2);
        // The list fixture trims its nested markets to a conditionId: each one is a counted error, the events stay.
        var trimmed = GammaParser.eventRows(read(NAUTILUS + "py_http_responses__events_list.json"), reader);
        assertCounts(trimmed, 3, 3);
        assertThat(trimmed.rows()).allSatisfy(e -> assertThat(e.markets()).isEmpty());
        assertThat(reader.errorCount()).isEqualTo(3);
    }

    @Test
    void clobMarketShapes() throws IOException {
        CursorPage<ClobMarket> page = ClobParsers.page(read(NAUTILUS + "py_http_responses__markets.json"), "/markets",
                new RowReader(), ClobParsers::market);
        assertThat(page.data()).hasSize(100);
        assertThat(page.errors()).isEmpty();
        assertThat(page.data().stream().filter(ClobMarket::closed)).hasSize(98);
        assertThat(page.data().stream().flatMap(m -> m.tokens().stream()).filter(ClobMarket.Token::winner)).hasSize(24);
        for (String single : List.of("py_http_responses__market.json", "rs_clob_market_closed_binary_accepting_false.json",
                "rs_clob_market_closed_binary_accepting_true.json")) {
            assertThat(ClobParsers.market(Json.parse(read(NAUTILUS + single), single)).tokens()).as(single).hasSize(2);
        }
        assertThat(ClobParsers.decimalField(read(NAUTILUS + "rs_clob_fee_rate_response_nonzero.json"), "fee", "base_fee"))
                .isEqualByComparingTo("150");
        assertThat(ClobParsers.decimalField(read(NAUTILUS + "rs_clob_fee_rate_response_zero.json"), "fee", "base_fee"))
                .isEqualByComparingTo("0");
    }

    @Test
    void preTickSizeBooksAreAClearErrorNotACrash() {
        // Both book captures predate the tick_size field that every current book carries (PROTOCOL §4.2);
        // execution needs it, so the reader refuses them by name.
        for (String old : List.of("py_http_responses__book.json", "rs_clob_book_response.json")) {
            assertThatThrownBy(() -> OrderBookSummary.parse(read(NAUTILUS + old)))
                    .as(old).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tick_size'");
        }
    }
}
