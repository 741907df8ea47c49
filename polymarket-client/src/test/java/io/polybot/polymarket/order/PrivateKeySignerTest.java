package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.crypto.Signatures;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PrivateKeySignerTest {
    private static final String KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private static final String ADDRESS = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PrivateKeySignerTest.class.getResource("/keystore/" + name).toURI());
    }

    @Test
    void derivesTheChecksummedAddress() {
        assertThat(PrivateKeySigner.fromHex(KEY).address()).isEqualTo(ADDRESS);
        assertThat(PrivateKeySigner.fromHex(KEY.substring(2)).address()).isEqualTo(ADDRESS);
    }

    @Test
    void toStringShowsOnlyTheAddress() {
        assertThat(PrivateKeySigner.fromHex(KEY).toString()).contains(ADDRESS).doesNotContain(KEY.substring(2, 20));
    }

    @Test
    void badKeysNeverAppearInErrors() {
        String almost = KEY.substring(0, 60) + "zz";
        assertThatThrownBy(() -> PrivateKeySigner.fromHex(almost)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(KEY.substring(2, 20));
        assertThatThrownBy(() -> PrivateKeySigner.fromHex(KEY.substring(0, 40))).hasMessageContaining("32 bytes")
                .hasMessageNotContaining(KEY.substring(2, 20));
    }

    @Test
    void signaturesRecoverToTheAddressWithV27or28() {
        var signer = PrivateKeySigner.fromHex(KEY);
        byte[] digest = io.polybot.polymarket.crypto.Eip712.keccak256("hello");
        byte[] sig = signer.sign(digest);
        assertThat(sig).hasSize(65);
        assertThat(sig[64] & 0xff).isIn(27, 28);
        assertThat(Signatures.recoverAddress(digest, io.polybot.polymarket.internal.Hex.encode(sig)))
                .isEqualTo(ADDRESS.toLowerCase());
    }

    @Test
    void readsScryptKeystore() throws Exception {
        assertThat(PrivateKeySigner.fromKeystore(resource("scrypt-n1024.json"), "correct horse".toCharArray()).address())
                .isEqualTo(ADDRESS);
    }

    @Test
    void readsPbkdf2Keystore() throws Exception {
        assertThat(PrivateKeySigner.fromKeystore(resource("pbkdf2-c1000.json"), "correct horse".toCharArray()).address())
                .isEqualTo(ADDRESS);
    }

    @Test
    void wrongKeystorePasswordIsReportedAsSuch() {
        assertThatThrownBy(() -> PrivateKeySigner.fromKeystore(resource("pbkdf2-c1000.json"), "wrong".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrong keystore password");
    }

    @Test
    void missingEnvironmentVariableIsNamed() {
        assertThatThrownBy(() -> PrivateKeySigner.fromEnvironment("POLYBOT_TEST_SURELY_UNSET_KEY"))
                .hasMessageContaining("POLYBOT_TEST_SURELY_UNSET_KEY");
    }

    @Test
    void checksumIsEip55() {
        assertThat(Signatures.checksum(ADDRESS.toLowerCase())).isEqualTo(ADDRESS);
        assertThat(Signatures.checksum(ADDRESS.toUpperCase().replace("0X", "0x"))).isEqualTo(ADDRESS);
    }
}
