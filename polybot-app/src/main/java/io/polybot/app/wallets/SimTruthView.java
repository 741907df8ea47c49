package io.polybot.app.wallets;

import io.polybot.core.json.Json;
import io.polybot.core.market.ConditionId;
import io.polybot.core.wallet.WalletAddress;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's ground truth ({@code GET /sim/truth}) as the evaluation reads it: each wallet's
 * type, the linked groups and each market's true "Yes" probability. Only the evaluation reads it; the scorer never does.
 */
record SimTruthView(Map<WalletAddress, String> types, List<List<WalletAddress>> linkedGroups, Map<ConditionId, BigDecimal> yesProbability) {

    static SimTruthView fetch(URI simUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(simUrl + "/truth")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException("GET /sim/truth answered HTTP " + response.statusCode());
        return parse(Json.mapper().readTree(response.body()));
    }

    static SimTruthView parse(JsonNode truth) {
        Map<WalletAddress, String> types = new LinkedHashMap<>();
        for (var entry : truth.path("wallets").properties()) types.put(new WalletAddress(entry.getKey()), entry.getValue().asString());
        List<List<WalletAddress>> groups = new ArrayList<>();
        for (JsonNode group : truth.path("linkedGroups")) {
            List<WalletAddress> members = new ArrayList<>();
            for (JsonNode wallet : group.path("wallets")) members.add(new WalletAddress(wallet.asString()));
            groups.add(members);
        }
        Map<ConditionId, BigDecimal> yes = new LinkedHashMap<>();
        for (var entry : truth.path("markets").properties()) yes.put(new ConditionId(entry.getKey()), entry.getValue().decimalValue());
        return new SimTruthView(types, groups, yes);
    }
}
