package io.polybot.polymarket.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.order.OrderSigners;
import io.polybot.polymarket.order.PrivateKeySigner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeystorePasswordTest {
    private static final String ADDRESS = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";
    private static final String PASSWORD = "correct horse";

    private static Path keystore() throws URISyntaxException {
        return Path.of(KeystorePasswordTest.class.getResource("/keystore/pbkdf2-c1000.json").toURI());
    }

    private static KeystorePassword environment(Map<String, String> env, KeystorePassword.Prompt prompt) {
        return new KeystorePassword(env::get, prompt);
    }

    @Test
    void readsThePasswordFromTheEnvironment() throws URISyntaxException {
        var source = environment(Map.of(KeystorePassword.ENVIRONMENT_VARIABLE, PASSWORD), null);
        assertThat(PrivateKeySigner.fromKeystore(keystore(), source).address()).isEqualTo(ADDRESS);
        assertThat(OrderSigners.fromKeystore(keystore(), source).address()).isEqualTo(ADDRESS);
    }

    @Test
    void promptsOnTheConsoleWhenTheEnvironmentHasNoneAndWipesThePassword() throws URISyntaxException {
        List<char[]> handedOut = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        var source = environment(Map.of(), message -> {
            asked.add(message);
            char[] typed = PASSWORD.toCharArray();
            handedOut.add(typed);
            return typed;
        });

        assertThat(PrivateKeySigner.fromKeystore(keystore(), source).address()).isEqualTo(ADDRESS);

        assertThat(asked).containsExactly("Password for keystore pbkdf2-c1000.json: ");
        assertThat(handedOut.getFirst()).containsOnly('\0');
    }

    @Test
    void withoutEnvironmentOrConsoleSaysHowToSupplyIt() {
        var source = environment(Map.of(), null);
        assertThatThrownBy(() -> PrivateKeySigner.fromKeystore(keystore(), source))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POLYBOT_KEYSTORE_PASSWORD")
                .hasMessageContaining("console");
    }

    @Test
    void aWrongPasswordNeverAppearsInTheError() {
        var source = environment(Map.of(KeystorePassword.ENVIRONMENT_VARIABLE, "hunter2-wrong"), null);
        assertThatThrownBy(() -> OrderSigners.fromKeystore(keystore(), source))
                .hasMessageContaining("wrong keystore password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }
}
