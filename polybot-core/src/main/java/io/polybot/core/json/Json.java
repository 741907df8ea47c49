package io.polybot.core.json;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderHash;
import io.polybot.core.signal.SignalId;
import io.polybot.core.wallet.WalletAddress;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The one JSON configuration for Polybot's own messages and API: decimals stay {@link BigDecimal}
 * (never double), times are ISO-8601, and single-value records (prices, ids) are plain values.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(valueTypes())
            .build();

    private Json() {}

    /** The shared, immutable, thread-safe mapper. */
    public static JsonMapper mapper() { return MAPPER; }

    public static String write(Object value) { return MAPPER.writeValueAsString(value); }

    public static <T> T read(String json, Class<T> type) { return MAPPER.readValue(json, type); }

    private static SimpleModule valueTypes() {
        SimpleModule module = new SimpleModule("polybot-values");
        decimal(module, Price.class, Price::value, Price::new);
        decimal(module, Size.class, Size::shares, Size::new);
        decimal(module, Usd.class, Usd::amount, Usd::new);
        text(module, TokenId.class, TokenId::value, TokenId::new);
        text(module, ConditionId.class, ConditionId::value, ConditionId::new);
        text(module, WalletAddress.class, WalletAddress::value, WalletAddress::new);
        text(module, OrderHash.class, OrderHash::value, OrderHash::new);
        text(module, SignalId.class, SignalId::value, SignalId::new);
        return module;
    }

    private static <T> void decimal(SimpleModule module, Class<T> type, Function<T, BigDecimal> get, Function<BigDecimal, T> make) {
        module.addSerializer(type, new ValueSerializer<T>() {
            @Override public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) { gen.writeNumber(get.apply(value)); }
        });
        module.addDeserializer(type, new ValueDeserializer<T>() {
            @Override public T deserialize(JsonParser p, DeserializationContext ctxt) {
                // Feeds send decimals both as JSON numbers and as strings ("0.55").
                return make.apply(p.currentToken().isNumeric() ? p.getDecimalValue() : new BigDecimal(p.getString().trim()));
            }
        });
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<T, String> get, Function<String, T> make) {
        module.addSerializer(type, new ValueSerializer<T>() {
            @Override public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) { gen.writeString(get.apply(value)); }
        });
        module.addDeserializer(type, new ValueDeserializer<T>() {
            @Override public T deserialize(JsonParser p, DeserializationContext ctxt) { return make.apply(p.getString()); }
        });
    }
}
