package io.polybot.polymarket.rpc;

import io.polybot.polymarket.http.EndpointFamily;
import io.polybot.polymarket.http.RateLimit;
import io.polybot.polymarket.http.RateLimiter;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.Sleeper;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.RestTransport;
import io.polybot.polymarket.parse.ParsedRows;
import io.polybot.polymarket.parse.RowReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Polygon JSON-RPC over {@link HttpClient} (no web3j core): {@code eth_blockNumber},
 * {@code eth_call} for ERC-1155 and ERC-20 balances, {@code eth_getLogs} with exchange fill
 * events decoded ({@link ExchangeEvents}).
 *
 * <p>Every call is a read, so it is retried after no answer, a 5xx or a 429. Public nodes publish
 * no common limit; the default budget (20 calls a second) is ours and can be replaced. Balances
 * are base units (6 decimals). Thread-safe.
 */
public final class PolygonRpcClient {
    /** Polybot's own budget for a public node: 20 calls per second. */
    public static final EndpointFamily DEFAULT_BUDGET =
            EndpointFamily.of("polygon rpc", new RateLimit("polygon-rpc", 20, Duration.ofSeconds(1)));

    private final RestTransport transport;
    private final EndpointFamily budget;
    private final AtomicLong ids = new AtomicLong();
    private final RowReader logs = new RowReader();

    public PolygonRpcClient(URI url) {
        this(url, HttpClient.newHttpClient(), Duration.ofSeconds(10), RateLimiter.system(), DEFAULT_BUDGET,
                RetryPolicy.DEFAULT, Sleeper.SYSTEM);
    }

    public PolygonRpcClient(URI url, HttpClient http, Duration timeout, RateLimiter limiter, EndpointFamily budget,
            RetryPolicy retry, Sleeper sleeper) {
        this.transport = new RestTransport(url, http, timeout, limiter, retry, sleeper);
        this.budget = budget;
    }

    /** Logs with a fill topic that could not be decoded, since this client was created. */
    public long decodeErrors() {
        return logs.errorCount();
    }

    /** {@code eth_blockNumber}. */
    public long blockNumber() {
        return quantity(call("eth_blockNumber", Json.mapper().createArrayNode()), "eth_blockNumber").longValueExact();
    }

    /** ERC-1155 {@code balanceOf(owner, tokenId)} on the Conditional Tokens contract: shares in base units. */
    public BigInteger outcomeTokenBalance(String owner, BigInteger tokenId) {
        return erc1155BalanceOf(PolygonContracts.CONDITIONAL_TOKENS, owner, tokenId);
    }

    /** ERC-1155 {@code balanceOf(owner, id)} on {@code contract}. */
    public BigInteger erc1155BalanceOf(String contract, String owner, BigInteger id) {
        Function f = new Function("balanceOf", List.of(new Address(owner), new Uint256(id)), List.of(new TypeReference<Uint256>() {}));
        return (BigInteger) ethCall(contract, f).getFirst().getValue();
    }

    /** ERC-1155 {@code balanceOfBatch(owners, ids)} on the Conditional Tokens contract, one balance per pair. */
    public List<BigInteger> outcomeTokenBalances(List<String> owners, List<BigInteger> tokenIds) {
        if (owners.size() != tokenIds.size()) throw new IllegalArgumentException("owners and token ids must pair up");
        Function f = new Function("balanceOfBatch",
                List.of(new DynamicArray<>(Address.class, owners.stream().map(Address::new).toList()),
                        new DynamicArray<>(Uint256.class, tokenIds.stream().map(Uint256::new).toList())),
                List.of(new TypeReference<DynamicArray<Uint256>>() {}));
        @SuppressWarnings("unchecked")
        List<Uint256> values = (List<Uint256>) ethCall(PolygonContracts.CONDITIONAL_TOKENS, f).getFirst().getValue();
        return values.stream().map(Uint256::getValue).toList();
    }

    /** ERC-20 {@code balanceOf(owner)} of pUSD, the CLOB V2 collateral, in base units. */
    public BigInteger pusdBalance(String owner) {
        return erc20BalanceOf(PolygonContracts.PUSD, owner);
    }

    /** ERC-20 {@code balanceOf(owner)} on {@code token}. */
    public BigInteger erc20BalanceOf(String token, String owner) {
        Function f = new Function("balanceOf", List.of(new Address(owner)), List.of(new TypeReference<Uint256>() {}));
        return (BigInteger) ethCall(token, f).getFirst().getValue();
    }

    /**
     * {@code eth_getLogs}, decoding OrderFilled / OrdersMatched of the V1 and V2 exchanges. Logs of
     * other topics are left out; a fill log that cannot be decoded is a counted error.
     */
    public ParsedRows<ExchangeEvent> exchangeEvents(LogFilter filter) {
        ObjectNode f = Json.mapper().createObjectNode();
        f.put("fromBlock", "0x" + Long.toHexString(filter.fromBlock()));
        f.put("toBlock", "0x" + Long.toHexString(filter.toBlock()));
        ArrayNode addresses = f.putArray("address");
        filter.addresses().forEach(addresses::add);
        ArrayNode topic0 = f.putArray("topics").addArray();
        filter.topic0s().forEach(topic0::add);
        JsonNode result = call("eth_getLogs", Json.mapper().createArrayNode().add(f));
        ParsedRows<Optional<ExchangeEvent>> decoded = logs.readArray(result, "eth_getLogs", PolygonRpcClient::decodeLog);
        List<ExchangeEvent> events = new ArrayList<>();
        decoded.rows().forEach(e -> e.ifPresent(events::add));
        return new ParsedRows<>(events, decoded.errors(), decoded.received());
    }

    private static Optional<ExchangeEvent> decodeLog(JsonNode log) {
        List<String> topics = new ArrayList<>();
        Json.required(log, "topics", "log").forEach(t -> topics.add(t.asString()));
        LogMeta meta = new LogMeta(Json.text(log, "address", "log"), hexLong(log, "blockNumber"),
                Json.optText(log, "transactionHash", null), hexLong(log, "logIndex"));
        return Optional.ofNullable(ExchangeEvents.decode(topics, Json.text(log, "data", "log"), meta));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Type> ethCall(String to, Function function) {
        ObjectNode tx = Json.mapper().createObjectNode().put("to", to).put("data", FunctionEncoder.encode(function));
        String result = textResult(call("eth_call", Json.mapper().createArrayNode().add(tx).add("latest")), "eth_call");
        List<Type> values = FunctionReturnDecoder.decode(result, (List) function.getOutputParameters());
        if (values.isEmpty()) throw new RpcException("eth_call " + function.getName() + ": empty result (no contract at " + to + "?)", null, 200, null);
        return values;
    }

    private JsonNode call(String method, ArrayNode params) {
        String body = Json.mapper().createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet())
                .put("method", method).set("params", params).toString();
        RestTransport.Outcome outcome;
        try {
            outcome = transport.execute(new RestTransport.Call("POST", "", null, body, Map::of, budget, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException(method + " interrupted", null, 0, e);
        }
        String text = switch (outcome) {
            case RestTransport.NoAnswer n -> throw new RpcException(method + ": no answer: " + n.cause(), null, 0, n.cause());
            case RestTransport.Answered a when a.isOk() -> a.body();
            case RestTransport.Answered a -> throw new RpcException(method + ": HTTP " + a.status(), null, a.status(), null);
        };
        JsonNode response = Json.requireObject(Json.parse(text, method), method);
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            Integer code = error.has("code") ? error.get("code").asInt() : null;
            throw new RpcException(method + ": " + Json.optText(error, "message", error.toString()), code, 200, null);
        }
        if (!response.has("result")) throw new RpcException(method + ": answer has no result", null, 200, null);
        return response.get("result");
    }

    private static String textResult(JsonNode result, String method) {
        if (!result.isString()) throw new RpcException(method + ": result is not a hex string", null, 200, null);
        return result.stringValue();
    }

    private static BigInteger quantity(JsonNode result, String method) {
        String hex = textResult(result, method);
        return new BigInteger(hex.startsWith("0x") ? hex.substring(2) : hex, 16);
    }

    private static long hexLong(JsonNode log, String field) {
        String hex = Json.optText(log, field, "0x0");
        return Long.parseLong(hex.startsWith("0x") ? hex.substring(2) : hex, 16);
    }
}
