package io.polybot.polymarket.rpc;

import io.polybot.polymarket.internal.Hex;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;

/** The exchange events' ABI (PROTOCOL §7.2) and the decoding of their logs. */
public final class ExchangeEvents {
    public static final Event ORDER_FILLED_V1 = new Event("OrderFilled", List.of(
            new TypeReference<Bytes32>(true) {}, new TypeReference<Address>(true) {}, new TypeReference<Address>(true) {},
            new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {}));
    public static final Event ORDERS_MATCHED_V1 = new Event("OrdersMatched", List.of(
            new TypeReference<Bytes32>(true) {}, new TypeReference<Address>(true) {},
            new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {}));
    public static final Event ORDER_FILLED_V2 = new Event("OrderFilled", List.of(
            new TypeReference<Bytes32>(true) {}, new TypeReference<Address>(true) {}, new TypeReference<Address>(true) {},
            new TypeReference<Uint8>() {}, new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {}, new TypeReference<Bytes32>() {},
            new TypeReference<Bytes32>() {}));
    public static final Event ORDERS_MATCHED_V2 = new Event("OrdersMatched", List.of(
            new TypeReference<Bytes32>(true) {}, new TypeReference<Address>(true) {},
            new TypeReference<Uint8>() {}, new TypeReference<Uint256>() {}, new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {}));

    public static final String ORDER_FILLED_V1_TOPIC = EventEncoder.encode(ORDER_FILLED_V1);
    public static final String ORDERS_MATCHED_V1_TOPIC = EventEncoder.encode(ORDERS_MATCHED_V1);
    public static final String ORDER_FILLED_V2_TOPIC = EventEncoder.encode(ORDER_FILLED_V2);
    public static final String ORDERS_MATCHED_V2_TOPIC = EventEncoder.encode(ORDERS_MATCHED_V2);
    /** All four, for a filter that wants every fill of every exchange version. */
    public static final List<String> FILL_TOPICS =
            List.of(ORDER_FILLED_V1_TOPIC, ORDERS_MATCHED_V1_TOPIC, ORDER_FILLED_V2_TOPIC, ORDERS_MATCHED_V2_TOPIC);

    private ExchangeEvents() {}

    /**
     * Decodes a log whose topic0 is one of {@link #FILL_TOPICS}; null for any other topic.
     * A log with the right topic but a wrong shape is an {@link IllegalArgumentException}.
     */
    public static ExchangeEvent decode(List<String> topics, String data, LogMeta meta) {
        if (topics.isEmpty()) return null;
        String topic0 = topics.getFirst().toLowerCase(java.util.Locale.ROOT);
        if (topic0.equals(ORDER_FILLED_V1_TOPIC)) {
            List<Type> d = data(ORDER_FILLED_V1, data, topics, 4);
            return new ExchangeEvent.OrderFilledV1(topics.get(1), address(topics.get(2)), address(topics.get(3)),
                    uint(d, 0), uint(d, 1), uint(d, 2), uint(d, 3), uint(d, 4), meta);
        }
        if (topic0.equals(ORDERS_MATCHED_V1_TOPIC)) {
            List<Type> d = data(ORDERS_MATCHED_V1, data, topics, 3);
            return new ExchangeEvent.OrdersMatchedV1(topics.get(1), address(topics.get(2)),
                    uint(d, 0), uint(d, 1), uint(d, 2), uint(d, 3), meta);
        }
        if (topic0.equals(ORDER_FILLED_V2_TOPIC)) {
            List<Type> d = data(ORDER_FILLED_V2, data, topics, 4);
            return new ExchangeEvent.OrderFilledV2(topics.get(1), address(topics.get(2)), address(topics.get(3)),
                    uint(d, 0).intValueExact(), uint(d, 1), uint(d, 2), uint(d, 3), uint(d, 4), bytes32(d, 5), bytes32(d, 6), meta);
        }
        if (topic0.equals(ORDERS_MATCHED_V2_TOPIC)) {
            List<Type> d = data(ORDERS_MATCHED_V2, data, topics, 3);
            return new ExchangeEvent.OrdersMatchedV2(topics.get(1), address(topics.get(2)),
                    uint(d, 0).intValueExact(), uint(d, 1), uint(d, 2), uint(d, 3), meta);
        }
        return null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Type> data(Event event, String data, List<String> topics, int topicCount) {
        if (topics.size() != topicCount)
            throw new IllegalArgumentException(event.getName() + " log must have " + topicCount + " topics, had " + topics.size());
        List<Type> values = FunctionReturnDecoder.decode(data, (List) event.getNonIndexedParameters());
        if (values.size() != event.getNonIndexedParameters().size())
            throw new IllegalArgumentException(event.getName() + " log data is too short: " + Hex.abbreviate(data));
        return values;
    }

    private static BigInteger uint(List<Type> values, int index) {
        return (BigInteger) values.get(index).getValue();
    }

    private static String bytes32(List<Type> values, int index) {
        return Hex.encode((byte[]) values.get(index).getValue());
    }

    /** The address in the low 20 bytes of an indexed topic, lower-case. */
    static String address(String topic) {
        byte[] word = Hex.decode(topic, 32, "indexed address topic");
        return Hex.encode(java.util.Arrays.copyOfRange(word, 12, 32));
    }
}
