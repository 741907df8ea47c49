package io.polybot.polymarket.clob;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.http.PolymarketRateLimits;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.JsonText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Read-only and builder API keys (PROTOCOL §2.1, L2-signed, API-key budget) and builder fee
 * rates, from {@link ClobClient#apiKeys()}. Not needed to trade; a read-only key lets a
 * dashboard read the account without being able to place orders. Shapes follow the official
 * clients.
 */
public final class ClobApiKeys {
    private final ClobClient client;

    ClobApiKeys(ClobClient client) {
        this.client = client;
    }

    /** {@code POST /auth/readonly-api-key}: a new read-only key. */
    public String createReadonlyApiKey() {
        JsonNode n = Json.parse(l2("POST", "/auth/readonly-api-key", null, false), "readonly-api-key");
        return n.isString() ? n.stringValue() : Json.text(n, "apiKey", "readonly-api-key");
    }

    /** {@code GET /auth/readonly-api-keys}: a bare array or {@code {"readonlyApiKeys": [...]}}. */
    public List<String> getReadonlyApiKeys() {
        JsonNode n = Json.parse(l2("GET", "/auth/readonly-api-keys", null, true), "readonly-api-keys");
        JsonNode keys = n.isArray() ? n : n.path("readonlyApiKeys");
        List<String> out = new ArrayList<>();
        for (JsonNode k : keys) out.add(k.asString());
        return out;
    }

    /** {@code DELETE /auth/readonly-api-key} with body {@code {"key": ...}}. */
    public void deleteReadonlyApiKey(String key) {
        l2("DELETE", "/auth/readonly-api-key", new JsonText().beginObject().field("key", key).endObject().toString(), true);
    }

    /** {@code POST /auth/builder-api-key}: new builder credentials (shown once; keep them like a secret). */
    public ApiCredentials createBuilderApiKey() {
        String what = "builder-api-key";
        JsonNode n = Json.requireObject(Json.parse(l2("POST", "/auth/builder-api-key", null, false), what), what);
        return new ApiCredentials(Json.optText(n, "key", Json.optText(n, "apiKey", "")), Json.text(n, "secret", what),
                Json.text(n, "passphrase", what));
    }

    /** {@code GET /auth/builder-api-key}: this account's builder keys. */
    public List<BuilderApiKey> getBuilderApiKeys() {
        JsonNode n = Json.parse(l2("GET", "/auth/builder-api-key", null, true), "builder-api-key");
        List<BuilderApiKey> out = new ArrayList<>();
        for (JsonNode k : n.isArray() ? n : n.path("data")) {
            out.add(k.isString() ? new BuilderApiKey(k.stringValue(), null, null)
                    : new BuilderApiKey(Json.text(k, "key", "builder key"), Json.optText(k, "createdAt", null),
                            Json.optText(k, "revokedAt", null)));
        }
        return out;
    }

    /** {@code DELETE /auth/builder-api-key}: revokes the builder key. */
    public void revokeBuilderApiKey() {
        l2("DELETE", "/auth/builder-api-key", null, true);
    }

    /** {@code GET /fees/builder-fees/{builderCode}} (public; 404 for an unknown code). */
    public BuilderFeeRates getBuilderFeeRates(String builderCode) {
        String what = "builder-fees";
        JsonNode n = Json.requireObject(Json.parse(client.get("/fees/builder-fees/" + builderCode, null,
                PolymarketRateLimits.CLOB_OTHER), what), what);
        return new BuilderFeeRates(Json.decimal(n, "builder_maker_fee_rate_bps", what), Json.decimal(n, "builder_taker_fee_rate_bps", what));
    }

    // Creating is not retried: a lost answer must not mint a second key.
    private String l2(String method, String path, String body, boolean retryable) {
        return client.l2(PolymarketRateLimits.API_KEYS, method, path, null, body, retryable);
    }
}
