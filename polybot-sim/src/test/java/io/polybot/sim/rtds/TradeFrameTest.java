package io.polybot.sim.rtds;

import io.polybot.core.json.Json;
import io.polybot.sim.tape.ActivityRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TradeFrameTest {
    @Test void isByteForByteTheFrameSerialisedWhole() {
        ActivityRow row = new ActivityRow("0x" + "1".repeat(40), "BUY", "123", "0x" + "ab".repeat(32), new BigDecimal("12.5"),
                new BigDecimal("0.42"), 1_760_000_000L, "Will \"it\" rain?", "rain", "", "weather", "Yes", 0, "Name\u00e9", "pseudo", "", "",
                "", "0x" + "cd".repeat(32));
        String connectionId = "AbC+/9==";
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("topic", "activity");
        whole.put("type", "trades");
        whole.put("timestamp", 1_760_000_000_123L);
        whole.put("connection_id", connectionId);
        whole.put("payload", row);

        String spliced = new TradeFrame("activity", "trades", 1_760_000_000_123L, row).to(TradeFrame.quoted(connectionId));

        assertThat(spliced).isEqualTo(Json.write(whole));
    }
}
