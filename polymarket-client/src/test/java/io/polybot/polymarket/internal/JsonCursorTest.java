package io.polybot.polymarket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class JsonCursorTest {
    private enum Field { EVENT_TYPE, PRICE, TAGS, NOTE }

    private static final FieldNames<Field> FIELDS = FieldNames.lowerCase(Field.class);

    /** Reads one object's known members as scalar text (tags as a list), skipping the rest. */
    private static Map<Field, Object> read(String text) {
        JsonCursor c = new JsonCursor(text, "test message");
        Map<Field, Object> out = new LinkedHashMap<>();
        c.beginObject();
        Field field;
        while ((field = c.nextField(FIELDS)) != null) {
            if (field == Field.TAGS) out.put(field, c.strings());
            else out.put(field, String.valueOf(c.scalar()));
        }
        c.end();
        return out;
    }

    @Test
    void readsKnownMembersInAnyOrderAndSkipsTheRest() {
        Map<Field, Object> fields = read("""
                {"skip":{"a":[1,{"b":"}"}],"c":"\\"]"},"price":"0.52","x":[true,false,null,-1.5e+3],
                 "tags":["a",null,"b"],"event_type":"book","other":"\\u0041"}""");
        assertThat(fields).containsExactly(
                Map.entry(Field.PRICE, "0.52"), Map.entry(Field.TAGS, List.of("a", "b")), Map.entry(Field.EVENT_TYPE, "book"));
    }

    @Test
    void givesNumbersVerbatimAndLiteralsAsText() {
        assertThat(read("{\"price\":0.10}")).containsEntry(Field.PRICE, "0.10");
        assertThat(read("{\"price\":-12e-3}")).containsEntry(Field.PRICE, "-12e-3");
        assertThat(read("{\"price\":true}")).containsEntry(Field.PRICE, "true");
        assertThat(read("{\"price\":null}")).containsEntry(Field.PRICE, "null");
        assertThat(read("{\"price\":{\"nested\":1}}")).containsEntry(Field.PRICE, "null");
        assertThat(read("{\"tags\":\"not a list\"}")).containsEntry(Field.TAGS, List.of());
    }

    @Test
    void matchesANameWrittenWithEscapes() {
        assertThat(read("{\"event\\u005ftype\":\"trade\"}")).containsExactly(Map.entry(Field.EVENT_TYPE, "trade"));
    }

    @Test
    void decodesStringsExactlyAsJackson() {
        List<String> bodies = List.of("plain", "", "say \\\"Yes\\\"", "\\\\ \\/ \\b\\f\\n\\r\\t", "\\u00e9\\u20AC", "\\ud83d\\ude00 emoji",
                "lone \\ud800 surrogate", "é€😀 raw", "end\\\\", "\\\"", "\\n".repeat(5_000) + "\\\" long");
        for (String body : bodies) {
            String json = "{\"note\":\"" + body + "\"}";
            JsonNode tree = Json.parse(json, "test");
            assertThat(read(json)).as(body).containsEntry(Field.NOTE, tree.get("note").stringValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,}", "{,\"a\":1}", "{\"a\" 1}", "{\"a\":1 \"b\":2}",
            "{\"a\":[1,]}", "{\"a\":[1 2]}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":+1}",
            "{\"a\":NaN}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":\"x}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u12\"}",
            "{\"a\":\"tab\there\"}", "{\"a\":'x'}", "{a:1}", "{\"price\":\"unterminated", "{\"price\":\"\\"})
    void rejectsMalformedJsonEvenInSkippedValues(String text) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test message: malformed JSON: ");
    }

    @Test
    void rejectsTrailingContent() {
        assertThatThrownBy(() -> read("{\"price\":\"1\"} {}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("test message: trailing content after the JSON value");
        assertThat(read(" {\"price\":\"1\"} \r\n\t")).containsEntry(Field.PRICE, "1");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nesting deeper than 500");
    }

    @Test
    void readsArraysOfObjects() {
        JsonCursor c = new JsonCursor("[{\"price\":\"1\"},{\"price\":\"2\",\"z\":[]}]", "test message");
        List<String> prices = new ArrayList<>();
        c.beginArray();
        while (c.nextElement()) {
            assertThat(c.atObject()).isTrue();
            c.beginObject();
            Field field;
            while ((field = c.nextField(FIELDS)) != null) {
                if (field == Field.PRICE) prices.add(c.scalar());
                else c.skipValue();
            }
        }
        c.end();
        assertThat(prices).containsExactly("1", "2");
    }

    private enum Camel { PROXY_WALLET, CONDITION_ID }

    @Test
    void fieldNamesTakeTheirSpellingFromTheParser() {
        FieldNames<Camel> names = FieldNames.of(Camel.class, f -> f == Camel.PROXY_WALLET ? "proxyWallet" : "conditionId");
        assertThat(names.find("proxyWallet")).isEqualTo(Camel.PROXY_WALLET);
        assertThat(names.find("conditionId")).isEqualTo(Camel.CONDITION_ID);
        assertThat(names.find("proxy_wallet")).isNull();
        assertThat(names.find("xproxyWallet", 1, 12, "proxyWallet".hashCode())).isEqualTo(Camel.PROXY_WALLET);
        assertThatThrownBy(() -> FieldNames.of(Camel.class, f -> "same")).hasMessageContaining("duplicate field name 'same'");
    }
}
