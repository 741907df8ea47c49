package io.polybot.app.wallets;

import io.polybot.strategy.intelligence.run.ScoringSettings;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 5 item 9: the evaluation on the recorded MLB trades of the shared data folder, read in place. */
class DataEvaluationTest {
    private static final Path DATA = Path.of(System.getProperty("polybot.shared.data", "../../shared/data"));

    @Test void scoresTheEarlyWindowAndReportsTheLaterOneWithItsVerdict() throws Exception {
        assumeTrue(Files.exists(DATA.resolve("polymarket-trades/mlb_mtrades_by_wallet.jsonl")), "shared data folder not present");
        MlbData data = MlbData.load(DATA);
        assertThat(data.trades()).hasSize(1900);
        assertThat(data.wallets()).isEqualTo(82);
        assertThat(data.markets()).hasSize(257);
        assertThat(data.resolvedMarkets()).isEqualTo(157);
        assertThat(data.malformed()).isZero();

        StringWriter out = new StringWriter();
        assertThat(DataEvaluation.run(DATA, ScoringSettings.defaults(), new PrintWriter(out))).isTrue();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 2]).startsWith("verdict: 82 wallets, 157 resolved markets over ");
        assertThat(lines[lines.length - 1]).startsWith("{\"wallets\":82,\"trades\":1900,\"malformed_rows\":0,\"markets\":257,\"resolved_markets\":157,")
                .contains("\"difference_ci95\":[").contains("\"verdict\":\"").endsWith("}");

        // A top decile that bought in fewer games than resampling needs is not compared: the verdict says the data cannot tell.
        var json = io.polybot.core.json.Json.mapper().readTree(lines[lines.length - 1]);
        if (json.get("top_games").asInt() < DataEvaluation.MINIMUM_TOP_GAMES)
            assertThat(json.get("verdict").asText()).contains("fewer than the " + DataEvaluation.MINIMUM_TOP_GAMES + " needed")
                    .contains("the data cannot say whether they keep an edge").doesNotContain("trailed").doesNotContain("beat");
        else assertThat(json.get("verdict").asText()).contains("resampling games");
    }

    @Test void countsAndSkipsAMalformedRow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("polymarket-trades"));
        Files.createDirectories(dir.resolve("polymarket-markets"));
        String good = "{\"condition_id\":\"0x" + "a".repeat(64) + "\",\"id\":\"t1\",\"outcome\":\"Yes\",\"price\":0.4,\"proxy_wallet\":\"0x"
                + "1".repeat(40) + "\",\"side\":\"BUY\",\"size\":10,\"slug\":\"mlb-nyy-bos-2026-06-01\",\"timestamp\":\"2026-06-01T20:00:00Z\",\"token_id\":\"123\",\"transaction_hash\":\"0x1\"}";
        String bad = "{\"condition_id\":\"nope\",\"id\":\"t2\",\"side\":\"BUY\"}";
        Files.writeString(dir.resolve("polymarket-trades/mlb_mtrades_by_wallet.jsonl"),
                "{\"wallet\":\"w\",\"mlb_trade_details\":[" + good + "," + bad + "]}\nnot json\n");
        Files.writeString(dir.resolve("polymarket-markets/mlb_market_outcomes.json"),
                "{\"0x" + "a".repeat(64) + "\":{\"winning_outcome\":\"Yes\",\"resolved_at\":\"2026-06-02T00:00:00Z\"}}");
        Files.writeString(dir.resolve("polymarket-markets/mlb_token_winners.csv"), "condition_id,token_id,first_pitch,is_winner\n");

        MlbData data = MlbData.load(dir);

        assertThat(data.trades()).hasSize(1);
        assertThat(data.malformed()).isEqualTo(2);
        assertThat(data.resolvedMarkets()).isEqualTo(1);
        assertThat(data.event(data.markets().values().iterator().next())).isEqualTo("mlb-nyy-bos-2026-06-01");
    }
}
