package io.polybot.core.id;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

final class IdsTest {
    private static final long TWO_TO_THE_53 = 1L << 53;

    @Test void hashToSafeLongFitsAJsonNumberExactly() {
        IntStream.range(0, 10_000).forEach(i -> assertThat(Ids.hashToSafeLong("order", Integer.toString(i)))
                .isNotNegative().isLessThan(TWO_TO_THE_53));
    }

    @Test void hashToSafeLongIsDeterministic() {
        assertThat(Ids.hashToSafeLong("signal", "abc")).isEqualTo(Ids.hashToSafeLong("signal", "abc"));
        assertThat(Ids.hashToSafeLong("signal", "abc")).isNotEqualTo(Ids.hashToSafeLong("signal", "abd"));
    }

    @Test void hashIsThirtyTwoHexDigitsOfSha256() {
        // SHA-256("abc" 0x1f) truncated to 16 bytes.
        assertThat(Ids.hash("abc")).isEqualTo("d5e9267952b38b2580c2e845cb5f9277").matches("[0-9a-f]{32}");
    }

    @Test void partsAreSeparatedSoTheyCannotRunTogether() {
        assertThat(Ids.hash("ab", "c")).isNotEqualTo(Ids.hash("a", "bc")).isNotEqualTo(Ids.hash("abc"));
    }

    @Test void randomIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> ids.add(Ids.random()));
        assertThat(ids).hasSize(1000);
    }
}
