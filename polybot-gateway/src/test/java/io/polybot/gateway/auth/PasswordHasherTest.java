package io.polybot.gateway.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {
    // Small parameters keep the test fast; the format and the check are the same.
    private final PasswordHasher hasher = new PasswordHasher(256, 1, 1);

    @Test void hashIsAPhcArgon2idStringThatVerifiesOnlyTheSamePassword() {
        String hash = hasher.hash("hunter2-is-not-enough");

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=256,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("hunter2-is-not-enough", hash)).isTrue();
        assertThat(hasher.verify("hunter2-is-not-enougH", hash)).isFalse();
    }

    @Test void samePasswordGetsADifferentSaltEachTime() {
        assertThat(hasher.hash("same")).isNotEqualTo(hasher.hash("same"));
    }

    @Test void verifiesWithTheParametersStoredInTheHash() {
        String strong = new PasswordHasher(1024, 2, 1).hash("pw");

        assertThat(hasher.verify("pw", strong)).isTrue();
    }

    @Test void otherFormatsNeverMatch() {
        assertThat(hasher.verify("pw", "pw")).isFalse();
        assertThat(hasher.verify("pw", "$2a$10$abcdefghijklmnopqrstuu")).isFalse();
        assertThat(hasher.verify("pw", null)).isFalse();
    }
}
