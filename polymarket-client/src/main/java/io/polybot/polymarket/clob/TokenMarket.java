package io.polybot.polymarket.clob;

import java.util.Objects;

/** The market of a token, from {@code GET /markets-by-token/{token_id}}. */
public record TokenMarket(String conditionId, String primaryTokenId, String secondaryTokenId) {
    public TokenMarket {
        Objects.requireNonNull(conditionId, "conditionId");
    }
}
