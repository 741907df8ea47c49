package io.polybot.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class StoreConfigTest {
    private static final Path DATA = Path.of("/var/lib/polybot");

    @Test
    void usesTheExternalServerWhenTheUrlIsSet() {
        StoreConfig config = StoreConfig.fromEnvironment(Map.of(
                "POLYBOT_DB_URL", "jdbc:postgresql://db:5432/polybot", "POLYBOT_DB_USER", "bot", "POLYBOT_DB_PASSWORD", "s3cret"), DATA);

        assertThat(config).isEqualTo(StoreConfig.external("jdbc:postgresql://db:5432/polybot", "bot", "s3cret"));
        assertThat(config.isEmbedded()).isFalse();
    }

    @Test
    void defaultsToEmbeddedUnderTheDataDirectory() {
        assertThat(StoreConfig.fromEnvironment(Map.of(), DATA)).isEqualTo(StoreConfig.embedded(DATA.resolve("postgres")));
        assertThat(StoreConfig.fromEnvironment(Map.of("POLYBOT_DB_URL", "  "), DATA).dataDir()).isEqualTo(DATA.resolve("postgres"));
    }

    @Test
    void rejectsAnythingButPostgres() {
        assertThatThrownBy(() -> StoreConfig.external("jdbc:h2:mem:x", "sa", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> new StoreConfig("jdbc:postgresql://db/x", null, null, DATA)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesThePassword() {
        assertThat(StoreConfig.external("jdbc:postgresql://db:5432/polybot", "bot", "s3cret").toString())
                .doesNotContain("s3cret")
                .contains("jdbc:postgresql://db:5432/polybot", "bot");
    }

    @Test
    void openFailsWithAClearMessageWhenTheServerIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/polybot";

        assertThatThrownBy(() -> Store.open(StoreConfig.external(url, "bot", "s3cret")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to PostgreSQL at " + url + " as user 'bot'")
                .hasMessageContaining("POLYBOT_DB_URL")
                .message().doesNotContain("s3cret");
    }
}
