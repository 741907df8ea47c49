package io.polybot.polymarket.clob;

import io.polybot.polymarket.http.PolymarketRateLimits;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.RestTransport.Answered;
import io.polybot.polymarket.internal.RestTransport.NoAnswer;
import io.polybot.polymarket.internal.RestTransport.Outcome;
import io.polybot.polymarket.order.PostOrderBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Posts signed orders ({@code POST /order}, {@code POST /orders}) and classifies each outcome.
 *
 * <p>A retry re-posts the very same body string (the signature is never redone). If an earlier
 * attempt got no answer or a 5xx, a later refusal may be about that attempt's order (e.g. a
 * duplicate), so it is reported Unknown, never Rejected.
 */
final class ClobOrderPosting {
    private final ClobClient client;
    private final ClobResponses responses;

    ClobOrderPosting(ClobClient client, ClobResponses responses) {
        this.client = client;
        this.responses = responses;
    }

    PostOrderResult postOne(OrderPost post) {
        String body = body(post);
        Outcome outcome = client.execute(client.l2Call(PolymarketRateLimits.POST_ORDER, "POST", "/order", null, body, true),
                () -> client.rateBuckets().acquireOrders(1));
        String hash = post.order().orderHash();
        return switch (outcome) {
            case NoAnswer n -> new PostOrderResult.Unknown(hash, n.cause());
            case Answered a -> classify(hash, a.status(), a.body(), a.afterNoAnswer());
        };
    }

    List<PostOrderResult> postMany(List<OrderPost> posts) {
        List<PostOrderResult> out = new ArrayList<>(posts.size());
        // A batch is admitted only when the orders bucket covers all of it, so it is never larger than the bucket.
        int chunk = Math.min(ClobClient.MAX_BATCH_ORDERS, client.rateBuckets().orderCapacity());
        for (int from = 0; from < posts.size(); from += chunk)
            out.addAll(postBatch(posts.subList(from, Math.min(posts.size(), from + chunk))));
        return out;
    }

    private List<PostOrderResult> postBatch(List<OrderPost> batch) {
        StringBuilder body = new StringBuilder("[");
        for (OrderPost p : batch) body.append(body.length() > 1 ? "," : "").append(body(p));
        Outcome outcome = client.execute(client.l2Call(PolymarketRateLimits.POST_ORDERS, "POST", "/orders", null,
                body.append(']').toString(), true), () -> client.rateBuckets().acquireOrders(batch.size()));
        if (outcome instanceof NoAnswer n) return batch.stream().map(p -> unknown(p, n.cause())).toList();
        Answered a = (Answered) outcome;
        if (a.status() < 200 || a.status() >= 300)
            return batch.stream().map(p -> classify(p.order().orderHash(), a.status(), a.body(), a.afterNoAnswer())).toList();
        JsonNode results;
        try {
            results = Json.parse(a.body(), "POST /orders response");
        } catch (IllegalArgumentException e) {
            return batch.stream().map(p -> unknown(p, e)).toList();
        }
        if (!results.isArray()) {
            var e = new ClobException("POST /orders: answer is not an array", a.status(), null);
            return batch.stream().map(p -> unknown(p, e)).toList();
        }
        return match(batch, results, a);
    }

    // Results name their order by orderID when accepted; refusals may carry an empty id, so fall back to position.
    private List<PostOrderResult> match(List<OrderPost> batch, JsonNode results, Answered a) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode r : results) {
            String id = Json.optText(r, "orderID", "");
            if (!id.isEmpty()) byId.put(id.toLowerCase(java.util.Locale.ROOT), r);
        }
        List<PostOrderResult> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            String hash = batch.get(i).order().orderHash();
            JsonNode r = hash == null ? null : byId.get(hash.toLowerCase(java.util.Locale.ROOT));
            if (r == null && results.size() == batch.size() && Json.optText(results.get(i), "orderID", "").isEmpty()) r = results.get(i);
            out.add(r == null
                    ? unknown(batch.get(i), new ClobException("POST /orders: no result for this order", a.status(), null))
                    : classify(hash, a.status(), r.toString(), a.afterNoAnswer()));
        }
        return out;
    }

    private PostOrderResult classify(String hash, int status, String body, boolean afterNoAnswer) {
        PostOrderResult result = responses.postOrderResult(hash, status, body);
        if (afterNoAnswer && result instanceof PostOrderResult.Rejected r)
            return new PostOrderResult.Unknown(r.orderId(), new ClobNoAnswerException(
                    "refused after an attempt without answer (may be the earlier attempt's order): " + r.message(), status, null));
        return result;
    }

    private static PostOrderResult unknown(OrderPost p, Throwable cause) {
        return new PostOrderResult.Unknown(p.order().orderHash(), cause);
    }

    private String body(OrderPost p) {
        return PostOrderBody.toJson(p.order(), client.requireCreds().apiKey(), p.type(), p.postOnly(), p.deferExec());
    }
}
