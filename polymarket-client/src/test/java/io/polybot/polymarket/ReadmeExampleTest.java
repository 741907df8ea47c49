package io.polybot.polymarket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.LoopbackServer.Reply;
import io.polybot.polymarket.order.PostOrderBody;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {
    @Test
    void derivesKeysReadsABookPlacesAndCancelsAnOrder() {
        try (var server = new LoopbackServer()) {
            server.on("POST /clob/auth/api-key", 200, "{\"apiKey\":\"k\",\"secret\":\"AAAA\",\"passphrase\":\"p\"}");
            server.on("GET /clob/book", 200, "{\"market\":\"0xm\",\"asset_id\":\"1234\",\"bids\":[{\"price\":\"0.45\",\"size\":\"100\"}],"
                    + "\"asks\":[{\"price\":\"0.47\",\"size\":\"100\"}],\"tick_size\":\"0.01\",\"min_order_size\":\"5\"}");
            server.on("POST /clob/order", r -> {
                String hash = PostOrderBody.parse(r.body()).order().signature().isEmpty() ? "" : "0xfeed";
                return new Reply(200, "{\"success\":true,\"errorMsg\":\"\",\"orderID\":\"" + hash + "\",\"status\":\"live\"}");
            });
            server.on("DELETE /clob/order", 200, "{\"canceled\":[\"0xfeed\"],\"not_canceled\":{}}");

            String outcome = ReadmeExample.run(URI.create(server.baseUri() + "/clob"),
                    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "1234");

            assertThat(outcome).isEqualTo("cancelled [0xfeed]");
            var posted = PostOrderBody.parse(server.requests("POST /clob/order").getFirst().body());
            assertThat(posted.postOnly()).isTrue();
            assertThat(posted.order().order().makerAmount()).isEqualTo(java.math.BigInteger.valueOf(4_400_000));
            assertThat(server.requests("DELETE /clob/order").getFirst().body()).isEqualTo("{\"orderID\":\"0xfeed\"}");
        }
    }
}
