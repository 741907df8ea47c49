package io.polybot.polymarket.data;

import java.util.List;
import java.util.Objects;

/** The top holders of one outcome token ({@code token} = token id), one element of {@code /holders}. */
public record TokenHolders(String token, List<Holder> holders) {
    public TokenHolders {
        Objects.requireNonNull(token, "token");
        holders = List.copyOf(holders);
    }
}
