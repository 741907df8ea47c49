package io.polybot.app.wallets;

import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Precision, recall and F1 of one class: precision = labelled and true ÷ labelled, recall =
 * labelled and true ÷ true, F1 their harmonic mean; 4 decimals, 0 when undefined.
 */
record ClassMetrics(String label, int truePositives, int predicted, int actual, BigDecimal precision, BigDecimal recall, BigDecimal f1) {

    /** @param predicted each wallet's label ("UNKNOWN" when unlabelled); @param truth each wallet's true type */
    static ClassMetrics of(String label, Map<WalletAddress, String> predicted, Map<WalletAddress, String> truth) {
        int tp = 0, p = 0, a = 0;
        for (var entry : truth.entrySet()) {
            boolean isTrue = label.equals(entry.getValue());
            boolean isPredicted = label.equals(predicted.getOrDefault(entry.getKey(), "UNKNOWN"));
            if (isTrue) a++;
            if (isPredicted) p++;
            if (isTrue && isPredicted) tp++;
        }
        BigDecimal precision = ratio(tp, p), recall = ratio(tp, a);
        BigDecimal sum = precision.add(recall);
        BigDecimal f1 = sum.signum() == 0 ? BigDecimal.ZERO
                : precision.multiply(recall).multiply(BigDecimal.TWO).divide(sum, 4, RoundingMode.HALF_EVEN);
        return new ClassMetrics(label, tp, p, a, precision, recall, f1);
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    String json() {
        return "{\"precision\":" + precision.toPlainString() + ",\"recall\":" + recall.toPlainString() + ",\"f1\":" + f1.toPlainString() + "}";
    }
}
