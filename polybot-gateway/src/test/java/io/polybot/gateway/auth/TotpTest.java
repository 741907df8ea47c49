package io.polybot.gateway.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {
    /** The SHA-1 seed of RFC 6238 Appendix B, "12345678901234567890". */
    static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long unixSeconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(unixSeconds));

        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
        // Six digits are the same truncation modulo 10^6: the last six.
        assertThat(Totp.code(RFC_SEED, step, 6)).isEqualTo(expected.substring(2));
    }

    @Test void acceptsOneStepEitherSideAndNoMore() {
        String secret = Base32.encode(RFC_SEED);
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(secret, Totp.code(RFC_SEED, step, 6), now)).isEqualTo(OptionalLong.of(step));
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_SEED, step - 1, 6), now)).isEqualTo(OptionalLong.of(step - 1));
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_SEED, step + 1, 6), now)).isEqualTo(OptionalLong.of(step + 1));
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_SEED, step - 2, 6), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(RFC_SEED, step + 2, 6), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12a456", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
    }

    @Test void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SEED);
        assertThat(new String(Base32.decode("MZXW6YTBOI======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    }

    @Test void newSecretsAre160BitsAndDiffer() {
        Totp totp = new Totp();
        String a = totp.newSecret();

        assertThat(Base32.decode(a)).hasSize(20);
        assertThat(a).isNotEqualTo(totp.newSecret());
    }
}
