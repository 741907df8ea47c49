package io.polybot.polymarket.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.Vectors;
import io.polybot.polymarket.order.PrivateKeySigner;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ClobAuthSignerTest {
    @Test
    void matchesSuiteVectors() {
        int checked = 0;
        for (JsonNode v : Vectors.vectors("l1_auth.json")) {
            JsonNode in = v.get("inputs");
            JsonNode expected = v.get("expected");
            var signer = PrivateKeySigner.fromHex(in.get("private_key").stringValue());
            assertThat(signer.address()).isEqualTo(expected.get("address").stringValue());
            Map<String, String> headers = new ClobAuthSigner().l1Headers(signer, in.get("chain_id").longValue(),
                    Long.parseLong(in.get("timestamp").stringValue()), Long.parseLong(in.get("nonce").stringValue()));
            assertThat(headers.get("POLY_SIGNATURE")).isEqualTo(expected.get("signature").stringValue());
            JsonNode h = expected.get("headers");
            // The Rust-sourced vector sends POLY_ADDRESS lower-case; the signature does not depend on it.
            assertThat(headers.get("POLY_ADDRESS")).isEqualToIgnoringCase(h.get("POLY_ADDRESS").stringValue());
            assertThat(headers.get("POLY_TIMESTAMP")).isEqualTo(h.get("POLY_TIMESTAMP").stringValue());
            assertThat(headers.get("POLY_NONCE")).isEqualTo(h.get("POLY_NONCE").stringValue());
            checked++;
        }
        assertThat(checked).isEqualTo(2);
    }

    @Test
    void serverRecoversTheSignerFromHeaders() {
        JsonNode v = Vectors.vectors("l1_auth.json").get(0);
        JsonNode h = v.get("expected").get("headers");
        String recovered = ClobAuthSigner.recoverClobAuthSigner(80002, h.get("POLY_ADDRESS").stringValue(),
                h.get("POLY_TIMESTAMP").stringValue(), 23, h.get("POLY_SIGNATURE").stringValue());
        assertThat(recovered).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    }

    @Test
    void aDifferentNonceRecoversADifferentAddress() {
        JsonNode h = Vectors.vectors("l1_auth.json").get(0).get("expected").get("headers");
        String recovered = ClobAuthSigner.recoverClobAuthSigner(80002, h.get("POLY_ADDRESS").stringValue(),
                h.get("POLY_TIMESTAMP").stringValue(), 24, h.get("POLY_SIGNATURE").stringValue());
        assertThat(recovered).isNotEqualToIgnoringCase(h.get("POLY_ADDRESS").stringValue());
    }
}
