package io.polybot.polymarket.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.LoopbackServer;
import io.polybot.polymarket.LoopbackServer.Reply;
import io.polybot.polymarket.Vectors;
import io.polybot.polymarket.http.FakeTime;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.internal.Json;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import tools.jackson.databind.JsonNode;

/** The JSON-RPC client against a loopback node answering with ABI-encoded payloads. */
class PolygonRpcClientTest {
    private static final String OWNER = "0x56687bf447db6ffa42ffe2204a05edaa20f55839";
    private static final String TAKER = "0x00000000000000000000000000000000000000aa";
    private static final String HASH = "0x" + "ab".repeat(32);

    private final LoopbackServer server = new LoopbackServer();
    private final Map<String, Function<JsonNode, String>> methods = new HashMap<>();
    private final FakeTime time = new FakeTime();
    private final PolygonRpcClient client = new PolygonRpcClient(URI.create(server.baseUri() + "/rpc"), HttpClient.newHttpClient(),
            Duration.ofSeconds(5), time.limiter(), PolygonRpcClient.DEFAULT_BUDGET, RetryPolicy.DEFAULT, time);

    PolygonRpcClientTest() {
        server.on("POST /rpc", r -> {
            JsonNode request = Json.parse(r.body(), "rpc request");
            var handler = methods.get(request.get("method").asString());
            String result = handler == null ? null : handler.apply(request.get("params"));
            String id = request.get("id").toString();
            return new Reply(200, result == null
                    ? "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":-32601,\"message\":\"method not found\"}}"
                    : "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String abi(Type<?>... values) {
        return "0x" + FunctionEncoder.encodeConstructor(List.of(values));
    }

    private static String word(String address) {
        return "0x" + "0".repeat(24) + address.substring(2);
    }

    @Test
    void topicsMatchTheSharedOnChainConstants() {
        Map<String, String> bySignature = new HashMap<>();
        for (JsonNode e : Vectors.load(Vectors.vectorFile("onchain_constants.json")).get("event_topics"))
            bySignature.put(e.get("name").asString().replaceAll(" .*", "") + "|" + e.get("signature").asString(), e.get("topic0").asString());
        assertThat(ExchangeEvents.ORDER_FILLED_V1_TOPIC).isEqualTo(bySignature.get(
                "OrderFilled|OrderFilled(bytes32,address,address,uint256,uint256,uint256,uint256,uint256)"));
        assertThat(ExchangeEvents.ORDERS_MATCHED_V1_TOPIC).isEqualTo(bySignature.get(
                "OrdersMatched|OrdersMatched(bytes32,address,uint256,uint256,uint256,uint256)"));
        assertThat(ExchangeEvents.ORDER_FILLED_V2_TOPIC).isEqualTo(bySignature.get(
                "OrderFilled|OrderFilled(bytes32,address,address,uint8,uint256,uint256,uint256,uint256,bytes32,bytes32)"));
        assertThat(ExchangeEvents.ORDERS_MATCHED_V2_TOPIC).isEqualTo(bySignature.get(
                "OrdersMatched|OrdersMatched(bytes32,address,uint8,uint256,uint256,uint256)"));
        assertThat(ExchangeEvents.ORDER_FILLED_V2_TOPIC).isEqualTo("0xd543adfd945773f1a62f74f0ee55a5e3b9b1a28262980ba90b1a89f2ea84d8ee");
    }

    @Test
    void readsTheBlockNumber() {
        methods.put("eth_blockNumber", p -> "\"0x4b7\"");
        assertThat(client.blockNumber()).isEqualTo(1207);
    }

    @Test
    void readsBalancesWithEncodedCalls() {
        methods.put("eth_call", p -> {
            String to = p.get(0).get("to").asString();
            String data = p.get(0).get("data").asString();
            if (to.equals(PolygonContracts.PUSD) && data.startsWith("0x70a08231")) return "\"" + abi(new Uint256(12_500_000)) + "\"";
            if (data.startsWith("0x00fdd58e")) return "\"" + abi(new Uint256(7_000_000)) + "\"";
            if (data.startsWith("0x4e1273f4"))
                return "\"" + abi(new DynamicArray<>(Uint256.class, List.of(new Uint256(1), new Uint256(2)))) + "\"";
            return null;
        });
        assertThat(client.pusdBalance(OWNER)).isEqualTo(BigInteger.valueOf(12_500_000));
        assertThat(client.outcomeTokenBalance(OWNER, new BigInteger("7132"))).isEqualTo(BigInteger.valueOf(7_000_000));
        String sent = Json.parse(server.requests.getLast().body(), "req").get("params").get(0).get("data").asString();
        assertThat(sent).isEqualTo("0x00fdd58e" + "0".repeat(24) + OWNER.substring(2) + String.format("%064x", 7132));
        assertThat(client.outcomeTokenBalances(List.of(OWNER, OWNER), List.of(BigInteger.ONE, BigInteger.TWO)))
                .containsExactly(BigInteger.ONE, BigInteger.TWO);
    }

    @Test
    void decodesFillsOfBothExchangeVersionsAndSkipsOtherLogs() {
        String filledV2 = abi(new Uint8(1), new Uint256(new BigInteger("7132")), new Uint256(10_000_000), new Uint256(4_500_000),
                new Uint256(0), new Bytes32(new byte[32]), new Bytes32(new byte[32]));
        String matchedV1 = abi(new Uint256(0), new Uint256(new BigInteger("7132")), new Uint256(4_500_000), new Uint256(10_000_000));
        methods.put("eth_getLogs", p -> "[" + log(ExchangeEvents.ORDER_FILLED_V2_TOPIC, filledV2, HASH, word(OWNER), word(TAKER))
                + "," + log(ExchangeEvents.ORDERS_MATCHED_V1_TOPIC, matchedV1, HASH, word(OWNER))
                + "," + log("0x" + "11".repeat(32), "0x")
                + "," + log(ExchangeEvents.ORDER_FILLED_V1_TOPIC, "0x00", HASH) + "]");

        var events = client.exchangeEvents(LogFilter.fills(100, 200, LogFilter.allExchanges()));

        assertThat(events.rows()).containsExactly(
                new ExchangeEvent.OrderFilledV2(HASH, OWNER, TAKER, 1, new BigInteger("7132"), BigInteger.valueOf(10_000_000),
                        BigInteger.valueOf(4_500_000), BigInteger.ZERO, "0x" + "00".repeat(32), "0x" + "00".repeat(32), meta()),
                new ExchangeEvent.OrdersMatchedV1(HASH, OWNER, BigInteger.ZERO, new BigInteger("7132"),
                        BigInteger.valueOf(4_500_000), BigInteger.valueOf(10_000_000), meta()));
        assertThat(events.errors()).hasSize(1);
        assertThat(client.decodeErrors()).isEqualTo(1);
        JsonNode filter = Json.parse(server.requests.getLast().body(), "req").get("params").get(0);
        assertThat(filter.get("fromBlock").asString()).isEqualTo("0x64");
        assertThat(filter.get("topics").get(0)).hasSize(4);
    }

    private static LogMeta meta() {
        return new LogMeta(PolygonContracts.CTF_EXCHANGE_V2, 150, "0xt", 3);
    }

    private static String log(String topic0, String data, String... indexed) {
        StringBuilder topics = new StringBuilder("\"" + topic0 + "\"");
        for (String t : indexed) topics.append(",\"").append(t).append('"');
        return "{\"address\":\"" + PolygonContracts.CTF_EXCHANGE_V2 + "\",\"topics\":[" + topics + "],\"data\":\"" + data
                + "\",\"blockNumber\":\"0x96\",\"transactionHash\":\"0xt\",\"logIndex\":\"0x3\"}";
    }

    @Test
    void nodeErrorsAreTyped() {
        assertThatThrownBy(client::blockNumber).isInstanceOfSatisfying(RpcException.class,
                e -> assertThat(e.code()).isEqualTo(-32601));
    }
}
