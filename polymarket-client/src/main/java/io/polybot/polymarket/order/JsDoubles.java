package io.polybot.polymarket.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The official TypeScript client's rounding helpers, reproduced on IEEE-754 doubles.
 *
 * <p>This is the one place in the SDK where {@code double} is allowed: the official client
 * (clob-client-v2 {@code utilities.ts}) computes order amounts with JavaScript numbers, and the
 * only way to reproduce its outputs bit for bit, float noise included, is to perform the same
 * operations on the same doubles. Inputs enter as exact decimals and results leave as exact
 * decimals; nothing else in the SDK sees these doubles.
 */
final class JsDoubles {
    /** Number.EPSILON. */
    static final double EPSILON = Math.ulp(1.0);

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};

    private JsDoubles() {}

    /** JavaScript {@code Number(text)} for a plain decimal: the correctly rounded double. */
    static double of(BigDecimal value) {
        return Double.parseDouble(value.toString());
    }

    /** {@code 10 ** d}; exact for the small d used here. */
    static double pow10(int d) {
        return POW10[d];
    }

    /** {@code decimalPlaces} of utilities.ts: digits after "." in JavaScript's Number#toString. */
    static int decimalPlaces(double x) {
        if (x == Math.rint(x) && !Double.isInfinite(x)) return 0;
        String s = jsToString(x);
        int dot = s.indexOf('.');
        return dot < 0 ? 0 : s.length() - dot - 1;
    }

    static double roundNormal(double x, int d) {
        if (decimalPlaces(x) <= d) return x;
        // Math.round of Java and JavaScript agree for positive values: nearest, ties up.
        return Math.round((x + EPSILON) * pow10(d)) / pow10(d);
    }

    static double roundDown(double x, int d) {
        if (decimalPlaces(x) <= d) return x;
        return Math.floor(x * pow10(d)) / pow10(d);
    }

    static double roundUp(double x, int d) {
        if (decimalPlaces(x) <= d) return x;
        return Math.ceil(x * pow10(d)) / pow10(d);
    }

    /**
     * JavaScript Number#toString (ECMA-262 Number::toString, radix 10). JDK 19+
     * {@link Double#toString} yields the same shortest round-trip digits; only the layout
     * (plain vs exponent, no ".0") is JavaScript's.
     */
    static String jsToString(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (x == 0) return "0";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x < 0) return "-" + jsToString(-x);
        BigDecimal shortest = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits * 10^n
        if (k <= n && n <= 21) return digits + "0".repeat(n - k);
        if (0 < n && n <= 21) return digits.substring(0, n) + "." + digits.substring(n);
        if (-6 < n && n <= 0) return "0." + "0".repeat(-n) + digits;
        int e = n - 1;
        String exponent = (e < 0 ? "e-" : "e+") + Math.abs(e);
        return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
    }

    /**
     * viem {@code parseUnits(String(x), decimals)}: the decimal text scaled to an integer,
     * rounding half up beyond {@code decimals} places (viem rounds the cut digit the same way).
     */
    static BigDecimal parseUnits(double x, int decimals) {
        String text = jsToString(x);
        if (text.indexOf('e') >= 0)
            // viem rejects exponent notation, so the official client cannot build such an order.
            throw new IllegalArgumentException("amount " + text + " is too small or too large to encode");
        return new BigDecimal(text).setScale(decimals, RoundingMode.HALF_UP).movePointRight(decimals);
    }
}
