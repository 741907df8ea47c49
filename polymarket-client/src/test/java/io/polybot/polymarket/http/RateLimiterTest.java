package io.polybot.polymarket.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final RateLimit THREE_PER_TEN = new RateLimit("book", 3, Duration.ofSeconds(10));

    @Test
    void admitsUpToTheBudgetThenWaitsForTheOldestToLeaveTheWindow() throws Exception {
        FakeTime time = new FakeTime();
        RateLimiter limiter = time.limiter();
        EndpointFamily book = EndpointFamily.of("book", THREE_PER_TEN);

        limiter.acquire(book);
        time.advance(Duration.ofSeconds(2));
        limiter.acquire(book);
        limiter.acquire(book);
        Duration waited = limiter.acquire(book);

        assertThat(waited).isEqualTo(Duration.ofSeconds(8));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(8));
    }

    @Test
    void aCallMustFitEveryBudgetOfItsFamily() {
        FakeTime time = new FakeTime();
        RateLimiter limiter = time.limiter();
        RateLimit general = new RateLimit("general", 2, Duration.ofSeconds(10));
        EndpointFamily a = EndpointFamily.of("a", general, new RateLimit("a", 100, Duration.ofSeconds(10)));
        EndpointFamily b = EndpointFamily.of("b", general);

        assertThat(limiter.tryAcquire(a)).isZero();
        assertThat(limiter.tryAcquire(b)).isZero();
        assertThat(limiter.tryAcquire(a)).isEqualTo(Duration.ofSeconds(10));
        time.advance(Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire(a)).isZero();
    }

    @Test
    void sustainedWindowsBindOverBursts() {
        FakeTime time = new FakeTime();
        RateLimiter limiter = time.limiter();
        EndpointFamily order = EndpointFamily.of("order", new RateLimit("burst", 2, Duration.ofSeconds(1)),
                new RateLimit("sustained", 3, Duration.ofMinutes(1)));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(order)).isZero();
            time.advance(Duration.ofSeconds(1));
        }
        assertThat(limiter.tryAcquire(order)).isEqualTo(Duration.ofSeconds(57));
    }

    @Test
    void publishedLimitsAreHalved() {
        assertThat(PolymarketRateLimits.BOOK.limits()).containsExactly(
                new RateLimit("clob-general", 4_500, Duration.ofSeconds(10)), new RateLimit("clob /book", 750, Duration.ofSeconds(10)));
        assertThat(PolymarketRateLimits.POST_ORDER.limits()).contains(
                new RateLimit("clob-post-order-burst", 1_750, Duration.ofSeconds(10)),
                new RateLimit("clob-post-order-sustained", 18_000, Duration.ofMinutes(10)));
        assertThat(PolymarketRateLimits.DATA_TRADES_API.limits()).contains(new RateLimit("data /trades", 100, Duration.ofSeconds(10)));
        assertThat(PolymarketRateLimits.GAMMA_MARKETS.limits()).contains(new RateLimit("gamma-markets", 150, Duration.ofSeconds(10)));
    }

    @Test
    void backoffDoublesUpToItsCap() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(30));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(500));
    }
}
