package io.polybot.polymarket.gamma;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Public market metadata from the Gamma API ({@code /markets}, offset paging). */
public final class GammaClient {
    private static final int PAGE_SIZE = 100;

    private final URI baseUrl;
    private final HttpClient http;

    public GammaClient(URI baseUrl, HttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    public GammaClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** All markets matching the query (e.g. {@code "closed=false"}), following offset pages until a short page. */
    public List<GammaMarket> markets(String query) throws IOException, InterruptedException {
        List<GammaMarket> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE_SIZE) {
            String params = "limit=" + PAGE_SIZE + "&offset=" + offset + (query == null || query.isEmpty() ? "" : "&" + query);
            List<GammaMarket> page = GammaParser.markets(get("/markets?" + params));
            all.addAll(page);
            if (page.size() < PAGE_SIZE) return all;
        }
    }

    private String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.toString() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200)
            throw new IOException("Gamma " + pathAndQuery + " answered HTTP " + response.statusCode() + ": " + response.body());
        return response.body();
    }
}
