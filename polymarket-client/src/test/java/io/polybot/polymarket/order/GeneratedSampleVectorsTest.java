package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.Vectors;
import io.polybot.polymarket.conformance.VectorConformance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every vector of generated_sample.json (official clob-client-v2 output) reproduced exactly. */
class GeneratedSampleVectorsTest {
    static Stream<Arguments> vectors() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode v : Vectors.vectors("generated_sample.json")) out.add(Arguments.of(v.get("id").stringValue(), v));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void conforms(String id, JsonNode vector) {
        assertThat(VectorConformance.check(vector)).as(id).isEmpty();
    }

    @Test
    void sampleHasAllTwentyVectors() {
        assertThat(vectors().count()).isEqualTo(20);
    }
}
