package io.polybot.polymarket.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.Vectors;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HmacAuthTest {
    @Test
    void matchesEverySuiteVector() {
        int checked = 0;
        for (JsonNode v : Vectors.vectors("l2_hmac.json")) {
            JsonNode in = v.get("inputs");
            String body = in.get("body").isNull() ? null : in.get("body").stringValue();
            String sig = HmacAuth.signature(in.get("secret").stringValue(), in.get("timestamp").stringValue(),
                    in.get("method").stringValue(), in.get("request_path").stringValue(), body);
            assertThat(sig).as(v.get("id").stringValue()).isEqualTo(v.get("expected").get("signature").stringValue());
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void buildsTheFiveHeadersOfTheGetRootVector() {
        JsonNode v = Vectors.vectors("l2_hmac.json").get(2);
        JsonNode in = v.get("inputs");
        var creds = new ApiCredentials(in.get("api_key").stringValue(), in.get("secret").stringValue(),
                in.get("passphrase").stringValue());
        Map<String, String> headers = HmacAuth.l2Headers("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", creds, "1", "GET", "/", null);
        JsonNode expected = v.get("expected").get("headers");
        assertThat(headers).hasSize(5);
        headers.forEach((k, value) -> assertThat(value).as(k).isEqualTo(expected.get(k).stringValue()));
    }

    @Test
    void treatsEmptyBodyLikeNoBody() {
        String secret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        assertThat(HmacAuth.signature(secret, "1", "GET", "/", ""))
                .isEqualTo(HmacAuth.signature(secret, "1", "GET", "/", null));
    }

    @Test
    void acceptsStandardAlphabetAndMissingPadding() {
        String urlSafe = "12DF6F17nBu9gaOz5mkrolvqJ-03EC3Ugdv1Co4dgBY=";
        String standard = urlSafe.replace('-', '+');
        String unpadded = urlSafe.substring(0, urlSafe.length() - 1);
        String expected = HmacAuth.signature(urlSafe, "5", "POST", "/order", "{}");
        assertThat(HmacAuth.signature(standard, "5", "POST", "/order", "{}")).isEqualTo(expected);
        assertThat(HmacAuth.signature(unpadded, "5", "POST", "/order", "{}")).isEqualTo(expected);
    }

    @Test
    void neverEchoesABadSecret() {
        assertThatThrownBy(() -> HmacAuth.signature("not*base64!", "1", "GET", "/", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not*base64!");
    }

    @Test
    void credentialsToStringMasksSecrets() {
        var creds = new ApiCredentials("key-1", "s3cr3t", "pa55");
        assertThat(creds.toString()).contains("key-1").doesNotContain("s3cr3t").doesNotContain("pa55");
    }
}
