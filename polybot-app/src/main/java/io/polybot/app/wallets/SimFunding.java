package io.polybot.app.wallets;

import io.polybot.core.json.Json;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.strategy.intelligence.linking.FundingEdge;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * First-funding evidence from the simulator's {@code GET /sim/funding}, standing in for a chain
 * explorer: for each wallet, who sent its first collateral. Only the first transfer counts (later
 * top-ups from an exchange say nothing about ownership).
 */
public final class SimFunding implements Supplier<List<FundingEdge>> {
    private final URI simUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param simUrl the sim's {@code /sim} base */
    public SimFunding(URI simUrl) { this.simUrl = simUrl; }

    @Override public List<FundingEdge> get() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(simUrl + "/funding")).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IOException("GET /sim/funding answered HTTP " + response.statusCode());
            return firstFunding(Json.mapper().readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read funding evidence from " + simUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading funding evidence", e);
        }
    }

    /** Transfers oldest first (the sim's order): each recipient's first sender. */
    static List<FundingEdge> firstFunding(JsonNode transfers) {
        List<FundingEdge> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode t : transfers) {
            String to = t.path("to").asString("");
            if (!seen.add(to.toLowerCase(java.util.Locale.ROOT))) continue;
            out.add(new FundingEdge(new WalletAddress(t.path("from").asString("")), new WalletAddress(to)));
        }
        return out;
    }
}
