package io.polybot.execution.venue;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.polymarket.data.DataApiClient;
import io.polybot.polymarket.data.DataApiException;
import io.polybot.polymarket.data.Position;
import io.polybot.polymarket.data.PositionQuery;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Our holdings as the Data API's {@code /positions} reports them for the wallet (PROTOCOL §6.1). */
public final class DataApiBalances implements BalanceSource {
    private static final int MAX_ROWS = 10_000;

    private final DataApiClient data;
    private final String wallet;

    public DataApiBalances(DataApiClient data, String wallet) {
        this.data = data;
        this.wallet = wallet;
    }

    @Override public String name() { return "data-api"; }

    @Override public Map<TokenId, Size> balances(Collection<TokenId> tokens) {
        Set<String> wanted = new java.util.HashSet<>();
        tokens.forEach(t -> wanted.add(t.value()));
        Map<TokenId, Size> out = new HashMap<>();
        try {
            // The API's default threshold hides holdings under one share; we want them all.
            for (Position p : data.allPositions(PositionQuery.forUser(wallet).withSizeThreshold(BigDecimal.ZERO).withLimit(PositionQuery.MAX_LIMIT),
                    MAX_ROWS).rows())
                if (wanted.contains(p.asset())) out.merge(new TokenId(p.asset()), new Size(p.size()), Size::plus);
        } catch (DataApiException e) {
            throw new VenueException("could not read Data API positions: " + e.getMessage(), e);
        }
        return out;
    }
}
