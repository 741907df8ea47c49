package io.polybot.core.bus;

import io.polybot.core.Fixtures;
import io.polybot.core.signal.Signal;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class EnvelopeCodecTest {
    private final Envelope<Signal> signal = Fixtures.envelope("s1", Fixtures.signal().price("0.505").usd("12500.000001").build());

    @Test void decodesWhatItEncodes() {
        assertThat(EnvelopeCodec.decode(EnvelopeCodec.encode(signal))).isEqualTo(signal);
    }

    @Test void writesDecimalsAsPlainNumbersAndTimesAsIsoText() {
        String json = EnvelopeCodec.encode(signal);

        assertThat(json).contains("\"type\":\"signal\"", "\"referencePrice\":0.505", "\"triggerNotional\":12500.000001",
                "\"eventTime\":\"2026-03-02T14:00:00Z\"");
    }

    @Test void acceptsDecimalsSentAsText() {
        String json = EnvelopeCodec.encode(signal).replace("\"referencePrice\":0.505", "\"referencePrice\":\"0.5050\"");

        Signal decoded = (Signal) EnvelopeCodec.decode(json).payload();

        assertThat(decoded.referencePrice()).isEqualTo(signal.payload().referencePrice());
    }

    @Test void malformedJsonIsAnIllegalArgumentWithAClearMessage() {
        assertThatThrownBy(() -> EnvelopeCodec.decode("{\"id\": "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed envelope: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> EnvelopeCodec.decode("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("envelope must be a JSON object");
    }

    @Test void unknownTypeSaysWhichType() {
        String json = EnvelopeCodec.encode(signal).replace("\"type\":\"signal\"", "\"type\":\"horoscope\"");

        assertThatThrownBy(() -> EnvelopeCodec.decode(json))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown message type: horoscope");
    }

    @Test void missingFieldSaysWhichField() {
        String json = EnvelopeCodec.encode(signal).replace("\"source\":\"test\",", "");

        assertThatThrownBy(() -> EnvelopeCodec.decode(json))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("envelope field missing: source");
    }

    @Test void invalidPayloadValueIsMalformed() {
        String json = EnvelopeCodec.encode(signal).replace("\"referencePrice\":0.505", "\"referencePrice\":1.5");

        assertThatThrownBy(() -> EnvelopeCodec.decode(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed envelope: ")
                .hasMessageContaining("price must be in (0, 1), was 1.5");
    }

    @Test void invalidTimeIsMalformed() {
        String json = EnvelopeCodec.encode(signal).replace("\"eventTime\":\"2026-03-02T14:00:00Z\"", "\"eventTime\":\"yesterday\"");

        assertThatThrownBy(() -> EnvelopeCodec.decode(json))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("malformed envelope: Text 'yesterday'");
    }

    @Test void deadLetterTravelsToo() {
        DeadLetter letter = new DeadLetter("env-1", "signals", "execution", "signal", "boom", 5,
                EnvelopeCodec.encode(signal), Instant.parse("2026-03-02T15:00:00Z"));
        Envelope<DeadLetter> envelope = Fixtures.envelope("dead", letter);

        assertThat(EnvelopeCodec.decode(EnvelopeCodec.encode(envelope))).isEqualTo(envelope);
    }
}
