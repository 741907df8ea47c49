package io.polybot.polymarket.data;

import java.math.BigDecimal;
import java.util.Objects;

/** One top holder of an outcome token, from {@code /holders}. {@code amount} is in shares. */
public record Holder(String proxyWallet, String asset, BigDecimal amount, Integer outcomeIndex, String name,
        String pseudonym) {
    public Holder {
        Objects.requireNonNull(proxyWallet, "proxyWallet");
        Objects.requireNonNull(amount, "amount");
    }
}
