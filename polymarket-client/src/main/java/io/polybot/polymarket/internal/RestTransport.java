package io.polybot.polymarket.internal;

import io.polybot.polymarket.http.EndpointFamily;
import io.polybot.polymarket.http.RateLimiter;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends one logical call over {@link HttpClient}: waits for the rate limiter, then retries a
 * retryable call after no answer, a 5xx or a 429 (honouring {@code Retry-After}), never after
 * another 4xx. The body is the same string on every attempt; headers are rebuilt per attempt
 * (L2 timestamps). Not API.
 */
public final class RestTransport {
    /** A call; {@code query} and {@code body} may be null. */
    public record Call(String method, String path, String query, String body,
            Supplier<Map<String, String>> headers, EndpointFamily family, boolean retryable) {
        public Call {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(headers, "headers");
            Objects.requireNonNull(family, "family");
        }

        public static Call get(String path, String query, EndpointFamily family) {
            return new Call("GET", path, query, null, Map::of, family, true);
        }
    }

    /** How a call ended. */
    public sealed interface Outcome {
        int attempts();
    }

    /**
     * An HTTP answer. {@code afterNoAnswer} is true when an earlier attempt got no answer or a
     * 5xx: a later 4xx may then be about the earlier attempt's effect (e.g. a duplicate order).
     */
    public record Answered(int status, String body, Optional<Duration> retryAfter, int attempts, boolean afterNoAnswer)
            implements Outcome {
        public boolean isOk() {
            return status >= 200 && status < 300;
        }
    }

    /** No HTTP answer at all (timeout, refused or reset connection). */
    public record NoAnswer(IOException cause, int attempts) implements Outcome {}

    /** A per-attempt gate besides the rate limiter (the per-signer token buckets); may wait. */
    @FunctionalInterface
    public interface Admission {
        Admission NONE = () -> {};

        void admit() throws InterruptedException;
    }

    private static final String RATE_LIMIT_WARNING = "Poly-RateLimit-Warning";

    private final String baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Consumer<String> rateLimitWarnings;

    public RestTransport(URI baseUrl, HttpClient http, Duration timeout, RateLimiter limiter, RetryPolicy retry, Sleeper sleeper) {
        this(baseUrl, http, timeout, limiter, retry, sleeper, endpoint -> {});
    }

    /** {@code rateLimitWarnings} hears "METHOD /path" for each answer carrying {@code Poly-RateLimit-Warning: true}. */
    public RestTransport(URI baseUrl, HttpClient http, Duration timeout, RateLimiter limiter, RetryPolicy retry, Sleeper sleeper,
            Consumer<String> rateLimitWarnings) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.rateLimitWarnings = Objects.requireNonNull(rateLimitWarnings, "rateLimitWarnings");
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Outcome execute(Call call) throws InterruptedException {
        return execute(call, Admission.NONE);
    }

    /** As {@link #execute(Call)}, passing {@code admission} before every attempt (each attempt may cost the venue's budget). */
    public Outcome execute(Call call, Admission admission) throws InterruptedException {
        int max = call.retryable() ? retry.maxAttempts() : 1;
        boolean noAnswerBefore = false;
        for (int attempt = 1; ; attempt++) {
            limiter.acquire(call.family());
            admission.admit();
            HttpResponse<String> response;
            try {
                response = send(call);
            } catch (IOException e) {
                if (attempt >= max) return new NoAnswer(e, attempt);
                noAnswerBefore = true;
                sleeper.sleep(retry.backoff(attempt));
                continue;
            }
            int status = response.statusCode();
            if (response.headers().firstValue(RATE_LIMIT_WARNING).filter(v -> v.trim().equalsIgnoreCase("true")).isPresent())
                rateLimitWarnings.accept(call.method() + " " + call.path());
            Optional<Duration> retryAfter = retryAfter(response);
            if (attempt < max && status >= 500) {
                noAnswerBefore = true;
                sleeper.sleep(retry.backoff(attempt));
                continue;
            }
            if (attempt < max && status == 429) {
                // The venue refused without acting, so waiting its Retry-After and asking again is safe.
                Duration backoff = retry.backoff(attempt);
                Duration wait = retryAfter.filter(d -> d.compareTo(backoff) > 0).orElse(backoff);
                if (wait.compareTo(retry.maxRetryAfter()) <= 0) {
                    sleeper.sleep(wait);
                    continue;
                }
            }
            return new Answered(status, response.body(), retryAfter, attempt, noAnswerBefore);
        }
    }

    private HttpResponse<String> send(Call call) throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + call.path() + (call.query() == null || call.query().isEmpty() ? "" : "?" + call.query()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .method(call.method(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        if (call.body() != null) request.header("Content-Type", "application/json");
        call.headers().get().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // Retry-After in seconds (the HTTP-date form is not used by Polymarket's edge; it falls back to back-off).
    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isPresent()) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(header.get().trim())));
            } catch (NumberFormatException ignored) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Joins {@code name=value} pairs, URL-encoding values; null values are skipped. */
    public static String query(Object... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null) continue;
            if (!out.isEmpty()) out.append('&');
            out.append(namesAndValues[i]).append('=')
                    .append(java.net.URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
