package io.polybot.core.bus.redis;

import io.polybot.core.bus.Topic;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class RedisStreamsConfigTest {
    @Test void streamKeyIsPrefixPlusTopicName() {
        assertThat(RedisStreamsConfig.defaults().streamKey(Topic.ORDERS_EVENTS)).isEqualTo("polybot:orders.events");
        assertThat(RedisStreamsConfig.defaults().withStreamPrefix("staging:").streamKey(Topic.DLQ)).isEqualTo("staging:dlq");
    }

    @Test void defaultsSuitProduction() {
        assertThat(RedisStreamsConfig.defaults()).isEqualTo(new RedisStreamsConfig(5, Duration.ofSeconds(30),
                Duration.ofSeconds(1), "polybot:", 100_000));
    }

    @Test void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> new RedisStreamsConfig(0, Duration.ofSeconds(1), Duration.ofSeconds(1), "p:"))
                .hasMessage("max deliveries must be >= 1, was 0");
        assertThatThrownBy(() -> new RedisStreamsConfig(3, Duration.ZERO, Duration.ofSeconds(1), "p:"))
                .hasMessageStartingWith("claim idle timeout must be >= 1 ms");
        assertThatThrownBy(() -> new RedisStreamsConfig(3, Duration.ofSeconds(1), Duration.ofNanos(10), "p:"))
                .hasMessageStartingWith("block timeout must be >= 1 ms");
        assertThatThrownBy(() -> new RedisStreamsConfig(3, Duration.ofSeconds(1), Duration.ofSeconds(1), null))
                .hasMessageStartingWith("stream prefix is required");
        assertThatThrownBy(() -> new RedisStreamsConfig(3, Duration.ofSeconds(1), Duration.ofSeconds(1), "p:", 0))
                .hasMessage("max stream length must be >= 1, was 0");
    }
}
