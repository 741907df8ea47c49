package io.polybot.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedSettingsTest {
    private final FeedSettings settings = FeedSettings.rtdsDefaults().withBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void backoffDoublesPerAttemptUntilTheCap() {
        assertThat(settings.backoff(1, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.backoff(2, 0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(settings.backoff(4, 0)).isEqualTo(Duration.ofMillis(4000));
        assertThat(settings.backoff(7, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(1_000, 0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterShortensTheDelayByAtMostItsFraction() {
        // jitter 0.5: a draw of 0.999 removes just under half.
        assertThat(settings.backoff(2, 0.999)).isBetween(Duration.ofMillis(500), Duration.ofMillis(501));
        assertThat(settings.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> settings.withBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withStaleAfter(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
