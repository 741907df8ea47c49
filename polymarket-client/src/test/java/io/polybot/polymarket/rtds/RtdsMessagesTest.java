package io.polybot.polymarket.rtds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.Vectors;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtdsMessagesTest {
    static String capture() throws IOException {
        return Files.readString(Vectors.sharedDir().resolve("data/polymarket-ws/whalescan_real/rtds_activity_trades.json"));
    }

    @Test
    void parsesTheRealCaptures() throws IOException {
        // The capture file is a JSON array of five real envelopes.
        List<RtdsTrade> trades = RtdsMessages.parseTrades(capture());
        assertThat(trades).hasSize(5);
        RtdsTrade first = trades.get(0);
        assertThat(first).isEqualTo(new RtdsTrade("0xf5848342fc388908f2D25a9012Cc18a0Ad193979", "BUY",
                "50341643796357809199138088836529201104815997551572832995218005287849225766499",
                "0xfa380ce2bb2b55282cef8a85595580425524eb25846a1d9feaaa338941997d1d",
                new BigDecimal("1030.92"), new BigDecimal("0.03"), 1790272257L, "No", 1,
                "Will Malta win on 2026-09-24?", "unl-and-mal-2026-09-24-mal", "unl-and-mal-2026-09-24",
                "0x94cfdfa3bd63a11cf2fd697932ee615b6bcfb36f7ee65da9762012e88b6c5bca", new BigDecimal("1.5309")));
        assertThat(trades.get(1).fee()).isNull();
        assertThat(trades.get(2).size()).isEqualTo(new BigDecimal("31.6122"));
        assertThat(trades).allSatisfy(t -> {
            assertThat(t.price()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(t.transactionHash()).startsWith("0x").hasSize(66);
        });
    }

    @Test
    void parsesOneEnvelopeAtATime() throws IOException {
        var tree = io.polybot.polymarket.internal.Json.parse(capture(), "capture");
        for (var envelope : tree) {
            assertThat(RtdsMessages.parseTrades(envelope.toString())).hasSize(1);
        }
    }

    @Test
    void ignoresOtherTopicsAndKeepAlives() {
        assertThat(RtdsMessages.parseTrades("{\"topic\":\"crypto_prices\",\"type\":\"update\",\"payload\":{}}")).isEmpty();
        assertThat(RtdsMessages.parseTrades("pong")).isEmpty();
        assertThat(RtdsMessages.parseTrades("")).isEmpty();
        assertThat(RtdsMessages.parseTrades("{\"message\":\"hello\"}")).isEmpty();
    }

    @Test
    void namesTheMissingField() {
        String noPrice = "{\"topic\":\"activity\",\"type\":\"trades\",\"payload\":{\"proxyWallet\":\"0x1\",\"side\":\"BUY\","
                + "\"asset\":\"1\",\"conditionId\":\"0x2\",\"size\":5,\"timestamp\":1,\"transactionHash\":\"0x3\"}}";
        assertThatThrownBy(() -> RtdsMessages.parseTrades(noPrice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'price'");
    }

    @Test
    void rejectsMalformedJson() {
        assertThatThrownBy(() -> RtdsMessages.parseTrades("{\"topic\":")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void ignoresUnknownFieldsAndAcceptsDecimalStrings() {
        String json = "{\"topic\":\"activity\",\"type\":\"trades\",\"extra\":1,\"payload\":{\"proxyWallet\":\"0xA\",\"side\":\"SELL\","
                + "\"asset\":\"7\",\"conditionId\":\"0xC\",\"size\":\"12.50\",\"price\":\"0.420\",\"timestamp\":1790000000,"
                + "\"transactionHash\":\"0xT\",\"newField\":{\"x\":1}}}";
        RtdsTrade t = RtdsMessages.parseTrades(json).get(0);
        assertThat(t.size()).isEqualTo(new BigDecimal("12.5"));
        assertThat(t.price()).isEqualTo(new BigDecimal("0.42"));
        assertThat(t.outcomeIndex()).isEqualTo(-1);
        assertThat(t.title()).isEmpty();
    }
}
