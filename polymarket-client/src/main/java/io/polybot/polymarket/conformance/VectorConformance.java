package io.polybot.polymarket.conformance;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.ClobAuthSigner;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.order.DepositWalletSignature;
import io.polybot.polymarket.order.ExchangeDomain;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.MarketOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderHashing;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.PostOrderRequest;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.polymarket.order.SignatureType;
import io.polybot.polymarket.order.SignedClobOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;

/**
 * Checks vectors written by {@code ../shared/tools/polymarket-vectors/gen.mjs} (the official npm
 * clients' outputs) against this SDK: for an order the amounts, domain, signature, order hash,
 * the {@code POST /order} body byte for byte, its parse-back and the recovered signer; for L1/L2
 * auth the headers. Used by the tests and by {@code polybot conformance}.
 */
public final class VectorConformance {
    private VectorConformance() {}

    /** One differing field of a vector. */
    public record Mismatch(String field, String expected, String actual) {
        @Override
        public String toString() {
            return field + ": expected <" + expected + "> but was <" + actual + ">";
        }
    }

    /** A vector that did not conform, with its first differing field. */
    public record Failure(String vectorId, Mismatch first) {
        /** The report line: {@code <id>: <field>: expected <e> but was <a>}. */
        public String line() {
            return vectorId + ": " + first;
        }
    }

    /** The outcome of a whole file. */
    public record Report(int passed, List<Failure> failures) {
        public Report {
            failures = List.copyOf(failures);
        }

        public int failed() {
            return failures.size();
        }

        /** The last line of the report: {@code N passed, M failed}. */
        public String summary() {
            return passed + " passed, " + failed() + " failed";
        }
    }

    /** Checks every vector of a generator output file. */
    public static Report checkFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vectors " + file, e);
        }
        JsonNode vectors = Json.parse(text, file.toString()).get("vectors");
        if (vectors == null || !vectors.isArray()) throw new IllegalArgumentException(file + ": no \"vectors\" array");
        int passed = 0;
        List<Failure> failures = new ArrayList<>();
        for (JsonNode v : vectors) {
            String id = v.has("id") ? v.get("id").asString() : "#" + (passed + failures.size());
            List<Mismatch> mismatches = checkSafely(v);
            if (mismatches.isEmpty()) passed++;
            else failures.add(new Failure(id, mismatches.getFirst()));
        }
        return new Report(passed, failures);
    }

    /** Like {@link #check} but a vector the SDK cannot even process is a mismatch, not a crash. */
    public static List<Mismatch> checkSafely(JsonNode v) {
        try {
            return check(v);
        } catch (RuntimeException e) {
            return List.of(new Mismatch("processing", "no error", e.toString()));
        }
    }

    /** The mismatches of one vector, in check order (empty = conforming). */
    public static List<Mismatch> check(JsonNode v) {
        return switch (v.get("type").stringValue()) {
            case "order" -> checkOrder(v);
            case "l1_auth" -> checkL1(v);
            case "l2_hmac" -> checkL2(v);
            default -> List.of(new Mismatch("type", "order, l1_auth or l2_hmac", String.valueOf(v.get("type"))));
        };
    }

    private static List<Mismatch> checkOrder(JsonNode v) {
        List<Mismatch> errors = new ArrayList<>();
        JsonNode in = v.get("inputs");
        JsonNode ex = v.get("expected");
        OrderVersion version = OrderVersion.ofNumber(v.get("order_version").intValue());
        long chainId = in.get("chain_id").longValue();
        boolean negRisk = in.get("neg_risk").booleanValue();
        var signer = PrivateKeySigner.fromHex(in.get("private_key").stringValue());
        expect(errors, "signer address", in.get("signer_address").stringValue(), signer.address());
        // Clock and salt source are never consulted: salt and timestamp are pinned by the vector.
        var builder = new OrderBuilder(signer, chainId, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new SplittableRandom(1));
        SignatureType type = SignatureType.ofCode(in.get("signature_type").intValue());
        String funder = text(in, "funder_address");
        BigInteger salt = new BigInteger(in.get("salt").stringValue());
        Long timestampMs = text(in, "timestamp_ms") == null ? null : Long.parseLong(text(in, "timestamp_ms"));
        long feeRate = text(in, "fee_rate_bps") == null ? 0 : Long.parseLong(text(in, "fee_rate_bps"));
        long nonce = text(in, "nonce") == null ? 0 : Long.parseLong(text(in, "nonce"));
        OrderSide side = OrderSide.parse(in.get("side").stringValue());
        var tick = new java.math.BigDecimal(in.get("tick_size").stringValue());
        SignedClobOrder signed;
        if (in.get("kind").stringValue().equals("limit")) {
            signed = builder.buildLimit(LimitOrderArgs.of(in.get("token_id").stringValue(), in.get("price").decimalValue(),
                            in.get("size").decimalValue(), side, tick)
                    .withVersion(version).withNegRisk(negRisk).withWallet(type, funder).withSalt(salt)
                    .withTimestampMs(timestampMs).withExpirationSeconds(Long.parseLong(in.get("expiration").stringValue()))
                    .withBuilderCode(text(in, "builder_code")).withV1Fields(feeRate, nonce));
        } else {
            signed = builder.buildMarket(MarketOrderArgs.of(in.get("token_id").stringValue(), in.get("price").decimalValue(),
                            in.get("amount").decimalValue(), side, tick)
                    .withVersion(version).withNegRisk(negRisk).withWallet(type, funder).withSalt(salt)
                    .withTimestampMs(timestampMs).withBuilderCode(text(in, "builder_code")).withV1Fields(feeRate, nonce));
        }
        ExchangeDomain domain = ExchangeDomain.forOrder(version, chainId, negRisk);
        expect(errors, "verifying contract", ex.get("verifying_contract").stringValue(), domain.verifyingContract());
        expect(errors, "maker amount", ex.get("maker_amount").stringValue(), signed.order().makerAmount().toString());
        expect(errors, "taker amount", ex.get("taker_amount").stringValue(), signed.order().takerAmount().toString());
        expect(errors, "signature", ex.get("signed_order").get("signature").stringValue(), signed.signature());
        expect(errors, "order hash", ex.get("order_hash").stringValue(), signed.orderHash());
        String body = PostOrderBody.toJson(signed, in.get("api_key_owner").stringValue(),
                OrderType.parse(in.get("order_type").stringValue()), in.get("post_only").booleanValue(),
                in.get("defer_exec").booleanValue());
        expect(errors, "post body", ex.get("post_order_body_json").stringValue(), body);
        PostOrderRequest parsed = PostOrderBody.parse(ex.get("post_order_body_json").stringValue(),
                version == OrderVersion.V1 ? OrderVersion.V2 : version, chainId, negRisk);
        expect(errors, "parsed order", signed.order(), parsed.order().order());
        expect(errors, "parsed hash", signed.orderHash(), parsed.order().orderHash());
        expect(errors, "parsed signature", signed.signature(), parsed.order().signature());
        expect(errors, "parsed owner", in.get("api_key_owner").stringValue(), parsed.owner());
        String recovered = type == SignatureType.POLY_1271
                ? DepositWalletSignature.recoverOwner(parsed.order().order(), domain, parsed.order().signature())
                : io.polybot.polymarket.crypto.Signatures.recoverAddress(
                        OrderHashing.digest(parsed.order().order(), domain), parsed.order().signature());
        expect(errors, "recovered signer", signer.address().toLowerCase(), recovered);
        return errors;
    }

    private static List<Mismatch> checkL1(JsonNode v) {
        List<Mismatch> errors = new ArrayList<>();
        JsonNode in = v.get("inputs");
        var signer = PrivateKeySigner.fromHex(in.get("private_key").stringValue());
        Map<String, String> headers = new ClobAuthSigner().l1Headers(signer, in.get("chain_id").longValue(),
                Long.parseLong(in.get("timestamp").stringValue()), Long.parseLong(in.get("nonce").stringValue()));
        JsonNode expected = v.get("expected").get("headers");
        expect(errors, "header count", expected.size(), headers.size());
        headers.forEach((k, value) -> expect(errors, k, text(expected, k), value));
        return errors;
    }

    private static List<Mismatch> checkL2(JsonNode v) {
        List<Mismatch> errors = new ArrayList<>();
        JsonNode in = v.get("inputs");
        var signer = PrivateKeySigner.fromHex(in.get("private_key").stringValue());
        var creds = new ApiCredentials(in.get("api_key").stringValue(), in.get("secret").stringValue(),
                in.get("passphrase").stringValue());
        Map<String, String> headers = HmacAuth.l2Headers(signer.address(), creds, in.get("timestamp").stringValue(),
                in.get("method").stringValue(), in.get("request_path").stringValue(), text(in, "body"));
        JsonNode expected = v.get("expected").get("headers");
        expect(errors, "header count", expected.size(), headers.size());
        headers.forEach((k, value) -> expect(errors, k, text(expected, k), value));
        return errors;
    }

    private static String text(JsonNode n, String field) {
        JsonNode f = n.get(field);
        return f == null || f.isNull() ? null : f.stringValue();
    }

    private static void expect(List<Mismatch> errors, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) errors.add(new Mismatch(what, String.valueOf(expected), String.valueOf(actual)));
    }
}
