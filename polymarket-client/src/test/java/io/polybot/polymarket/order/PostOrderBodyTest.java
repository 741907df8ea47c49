package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.Vectors;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PostOrderBodyTest {
    private static JsonNode vector(String id) {
        for (JsonNode v : Vectors.vectors("generated_sample.json")) if (v.get("id").stringValue().equals(id)) return v;
        throw new IllegalArgumentException(id);
    }

    private static String body(String id) {
        return vector(id).get("expected").get("post_order_body_json").stringValue();
    }

    @Test
    void parsesV2BodyAndRecomputesTheHash() {
        PostOrderRequest r = PostOrderBody.parse(body("order-0"), OrderVersion.V2, 137, false);
        assertThat(r.order().orderHash()).isEqualTo(vector("order-0").get("expected").get("order_hash").stringValue());
        assertThat(r.orderType()).isEqualTo(OrderType.GTC);
        assertThat(r.order().order().side()).isEqualTo(OrderSide.SELL);
        assertThat(r.postOnly()).isFalse();
        assertThat(r.deferExec()).isFalse();
    }

    @Test
    void detectsV1FromItsKeys() {
        PostOrderRequest r = PostOrderBody.parse(body("order-14"));
        assertThat(r.order().order().version()).isEqualTo(OrderVersion.V1);
        assertThat(r.order().order().feeRateBps()).isEqualTo(BigInteger.valueOf(100));
        assertThat(r.order().orderHash()).isNull();
        assertThat(r.deferExec()).isTrue();
    }

    @Test
    void roundTripsByteForByte() {
        String json = body("order-19");
        PostOrderRequest r = PostOrderBody.parse(json, OrderVersion.V3, 137, false);
        assertThat(PostOrderBody.toJson(r.order(), r.owner(), r.orderType(), r.postOnly(), r.deferExec())).isEqualTo(json);
    }

    @Test
    void ignoresUnknownFields() {
        String json = body("order-0").replace("\"owner\":", "\"somethingNew\":[1,2],\"owner\":");
        assertThat(PostOrderBody.parse(json).owner()).isEqualTo("46aba6b7-a178-40d4-b424-ca3ad9968354");
    }

    @Test
    void namesMissingFields() {
        assertThatThrownBy(() -> PostOrderBody.parse(body("order-0").replace("\"tokenId\"", "\"tokenID\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tokenId'");
        assertThatThrownBy(() -> PostOrderBody.parse(body("order-0").replace("\"signature\"", "\"sig\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'signature'");
        assertThatThrownBy(() -> PostOrderBody.parse("{\"owner\":\"x\",\"orderType\":\"GTC\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'order'");
    }

    @Test
    void rejectsBadValuesClearly() {
        assertThatThrownBy(() -> PostOrderBody.parse(body("order-0").replace("\"SELL\"", "\"SHORT\"")))
                .hasMessageContaining("side must be BUY or SELL");
        assertThatThrownBy(() -> PostOrderBody.parse(body("order-0").replace("\"GTC\"", "\"IOC\"")))
                .hasMessageContaining("orderType");
        assertThatThrownBy(() -> PostOrderBody.parse(body("order-0").replace("\"makerAmount\":\"1305110000\"", "\"makerAmount\":\"1.5\"")))
                .hasMessageContaining("'makerAmount' must be an integer");
        assertThatThrownBy(() -> PostOrderBody.parse("not json")).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> PostOrderBody.parse("[]")).hasMessageContaining("must be a JSON object");
    }

    @Test
    void refusesSaltsJavaScriptCannotCarry() {
        SignedClobOrder signed = PostOrderBody.parse(body("order-0")).order();
        ClobOrder o = signed.order();
        ClobOrder big = new ClobOrder(o.version(), BigInteger.ONE.shiftLeft(53), o.maker(), o.signer(), o.taker(), o.tokenId(),
                o.makerAmount(), o.takerAmount(), o.side(), o.signatureType(), o.timestamp(), o.metadata(), o.builder(),
                o.expiration(), o.nonce(), o.feeRateBps());
        assertThatThrownBy(() -> PostOrderBody.toJson(new SignedClobOrder(big, signed.signature(), null), "o", OrderType.GTC, false, false))
                .hasMessageContaining("2^53");
    }
}
