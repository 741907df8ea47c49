package io.polybot.polymarket.clob;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.internal.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Interprets CLOB response bodies; package-private so the rules are tested without HTTP. */
final class ClobResponses {
    private static final Set<String> ACCEPTED_STATUSES = Set.of("live", "matched", "delayed");

    /**
     * PROTOCOL §3.12: accepted only with success, no error, an order id and a live/matched/
     * delayed status. 5xx and unreadable 2xx replies are Unknown: the order may be on the book.
     */
    PostOrderResult postOrderResult(String orderHash, int status, String body) {
        if (status >= 500)
            return new PostOrderResult.Unknown(orderHash, new ClobException(
                    "POST /order: HTTP " + status + " " + errorMessage(body), status, null));
        if (status >= 400) return new PostOrderResult.Rejected(orderHash, status, errorMessage(body));
        if (status < 200 || status >= 300)
            return new PostOrderResult.Unknown(orderHash, new ClobException("POST /order: HTTP " + status, status, null));
        JsonNode n;
        try {
            n = Json.requireObject(Json.parse(body, "POST /order response"), "POST /order response");
        } catch (IllegalArgumentException e) {
            return new PostOrderResult.Unknown(orderHash, e);
        }
        String orderId = Json.optText(n, "orderID", "");
        String id = orderId.isEmpty() ? orderHash : orderId;
        String error = Json.optText(n, "errorMsg", Json.optText(n, "error", ""));
        boolean success = n.path("success").asBoolean(error.isEmpty());
        if (!success || !error.isEmpty())
            return new PostOrderResult.Rejected(id, status, error.isEmpty() ? "success=false" : error);
        String orderStatus = Json.optText(n, "status", "");
        if ("unmatched".equals(orderStatus)) return new PostOrderResult.Rejected(id, status, "status unmatched");
        if (orderId.isEmpty() || !ACCEPTED_STATUSES.contains(orderStatus))
            return new PostOrderResult.Unknown(id, new ClobException(
                    "POST /order: unexpected reply (orderID '" + orderId + "', status '" + orderStatus + "')", status, null));
        try {
            return new PostOrderResult.Accepted(orderId, orderStatus,
                    amount(n, "makingAmount"), amount(n, "takingAmount"), strings(n.get("tradeIDs")));
        } catch (IllegalArgumentException e) {
            return new PostOrderResult.Unknown(orderId, e);
        }
    }

    CancelResult cancelResult(String body) {
        JsonNode n = Json.requireObject(Json.parse(body, "cancel response"), "cancel response");
        Map<String, String> notCanceled = new LinkedHashMap<>();
        JsonNode nc = n.get("not_canceled");
        if (nc != null && nc.isObject()) {
            for (String key : nc.propertyNames()) notCanceled.put(key, Json.optText(nc, key, ""));
        }
        return new CancelResult(strings(n.get("canceled")), notCanceled);
    }

    ApiCredentials credentialsOrNull(String body) {
        try {
            JsonNode n = Json.parse(body, "API key response");
            String key = Json.optText(n, "apiKey", "");
            if (key.isEmpty()) return null;
            return new ApiCredentials(key, Json.text(n, "secret", "API key response"),
                    Json.text(n, "passphrase", "API key response"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The {@code heartbeat_id} of a heartbeat answer (or of its "Invalid Heartbeat ID" error), else null. */
    String heartbeatIdOrNull(String body) {
        try {
            JsonNode n = Json.parse(body, "heartbeat response");
            String id = n.isObject() ? Json.optText(n, "heartbeat_id", "") : "";
            return id.isEmpty() ? null : id;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The {@code error} (or {@code errorMsg}) text of an error body, else the body itself, shortened. */
    String errorMessage(String body) {
        if (body == null || body.isBlank()) return "";
        try {
            JsonNode n = Json.parse(body, "error body");
            if (n.isObject()) {
                String msg = Json.optText(n, "error", Json.optText(n, "errorMsg", ""));
                if (!msg.isEmpty()) return msg;
            }
            if (n.isString()) return n.stringValue();
        } catch (IllegalArgumentException ignored) {
            // Not JSON: fall through to the raw text.
        }
        return body.length() <= 300 ? body : body.substring(0, 297) + "...";
    }

    private static BigDecimal amount(JsonNode n, String field) {
        BigDecimal v = Json.optDecimal(n, field, "POST /order response");
        return v == null ? BigDecimal.ZERO : v;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) for (JsonNode e : array) if (e.isString()) out.add(e.stringValue());
        return out;
    }
}
