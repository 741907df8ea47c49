package io.polybot.polymarket.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignerRateBucketsTest {
    private final FakeTime time = new FakeTime();
    private final SignerRateBuckets buckets = new SignerRateBuckets(
            new SignerRateBuckets.Settings(new TokenBucket.Rate(15, 3), new TokenBucket.Rate(20, 10)), time, time);

    @Test
    void ordersWaitOnTheInjectedSleeperUntilTheWholeBatchFits() throws InterruptedException {
        assertThat(buckets.acquireOrders(15)).isZero();
        assertThat(buckets.acquireOrders(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void cancelsHaveTheirOwnBucket() throws InterruptedException {
        buckets.acquireOrders(15);
        assertThat(buckets.acquireCancels(20)).isZero();
        assertThat(buckets.cancelsAvailable()).isZero();
        assertThat(buckets.ordersAvailable()).isZero();
    }

    @Test
    void chargedCancelsAreRepaidBeforeTheNextCancel() throws InterruptedException {
        buckets.acquireCancels(1);
        buckets.chargeCancels(29);
        // 20 - 1 - 29 = -10; one more needs 11 tokens at 10/s.
        assertThat(buckets.acquireCancels(1)).isEqualTo(Duration.ofMillis(1100));
    }

    @Test
    void countsRateLimitWarnings() {
        buckets.onRateLimitWarning("POST /order");
        buckets.onRateLimitWarning("DELETE /orders");
        assertThat(buckets.warnings()).isEqualTo(2);
    }

    @Test
    void defaultsFitAFullOrderBatchAndAFullCancelBatch() {
        assertThat(SignerRateBuckets.Settings.DEFAULT.orders().capacity()).isGreaterThanOrEqualTo(15);
        assertThat(SignerRateBuckets.Settings.DEFAULT.cancels().capacity()).isEqualTo(1000);
    }
}
