package io.polybot.polymarket.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PlainDecimalTest {
    /** Whatever the fast path accepts, it reads exactly as the general parser does: same value, same scale. */
    static void sameAsTheGeneralParser(String text) {
        BigDecimal fast = StreamingJson.plainDecimal(text);
        BigDecimal general;
        try {
            general = new BigDecimal(text);
        } catch (NumberFormatException e) {
            assertThat(fast).as("'%s' is not a decimal", text).isNull();
            return;
        }
        if (fast != null) {
            assertThat(fast).as(text).isEqualTo(general);
            assertThat(fast.scale()).as(text).isEqualTo(general.scale());
        }
    }

    @Test void edgeCasesReadAsTheGeneralParserReadsThem() {
        for (String text : List.of("0", "-0", "0.50", "-0.00", "5.", ".5", ".", "-", "-.5", "007", "0.000000000000000001",
                "999999999999999999", "9999999999999999999", "1e5", "+5", "1.2.3", "0x10", " 1", "1 ", "0.01", "12345.678901"))
            sameAsTheGeneralParser(text);
        assertThat(StreamingJson.plainDecimal("0.50")).isEqualTo(new BigDecimal("0.50"));
        assertThat(StreamingJson.plainDecimal("1e5")).isNull();
        assertThat(StreamingJson.plainDecimal("9999999999999999999")).as("19 digits go to the general parser").isNull();
    }

    @Test void randomTextsReadAsTheGeneralParserReadsThem() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "0123456789.-+eE ";
        for (int n = 0; n < 200_000; n++) {
            int length = 1 + random.nextInt(22);
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++)
                b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : (char) ('0' + random.nextInt(10)));
            String text = b.toString();
            try {
                sameAsTheGeneralParser(text);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }
}
