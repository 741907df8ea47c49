package io.polybot.polymarket.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final FakeTime time = new FakeTime();
    private final TokenBucket bucket = new TokenBucket("orders", new TokenBucket.Rate(10, 5), time);

    @Test
    void startsFullAndAdmitsABatchOnlyWhenItCoversAllOfIt() {
        assertThat(bucket.tryTake(8)).isZero();
        // 2 left: a batch of 5 must wait for 3 more tokens at 5/s = 600 ms, and takes nothing meanwhile.
        assertThat(bucket.tryTake(5)).isEqualTo(Duration.ofMillis(600));
        assertThat(bucket.available()).isEqualTo(2);
        time.advance(Duration.ofMillis(600));
        assertThat(bucket.tryTake(5)).isZero();
        assertThat(bucket.available()).isZero();
    }

    @Test
    void refillsUpToItsCapacityOnly() {
        bucket.tryTake(10);
        time.advance(Duration.ofHours(1));
        assertThat(bucket.available()).isEqualTo(10);
    }

    @Test
    void aChargeAfterTheAnswerMayLeaveDebtThatLaterTakesWaitOut() {
        bucket.charge(14);
        assertThat(bucket.available()).isEqualTo(-4);
        // Debt of 4 plus the 1 wanted: 5 tokens at 5/s.
        assertThat(bucket.tryTake(1)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void refusesABatchLargerThanTheBucketAsABug() {
        assertThatThrownBy(() -> bucket.tryTake(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("can never fit");
    }
}
