package io.polybot.execution.venue;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.polymarket.rpc.PolygonRpcClient;
import io.polybot.polymarket.rpc.RpcException;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Our ERC-1155 outcome-token balances on Polygon (PROTOCOL §7.3): the final word, when an RPC node is configured. */
public final class OnChainBalances implements BalanceSource {
    private final PolygonRpcClient rpc;
    private final String wallet;

    public OnChainBalances(PolygonRpcClient rpc, String wallet) {
        this.rpc = rpc;
        this.wallet = wallet;
    }

    @Override public String name() { return "polygon"; }

    @Override public Map<TokenId, Size> balances(Collection<TokenId> tokens) {
        List<TokenId> ordered = List.copyOf(tokens);
        List<String> owners = new ArrayList<>();
        List<BigInteger> ids = new ArrayList<>();
        for (TokenId t : ordered) {
            owners.add(wallet);
            ids.add(new BigInteger(t.value()));
        }
        List<BigInteger> balances;
        try {
            balances = ordered.isEmpty() ? List.of() : rpc.outcomeTokenBalances(owners, ids);
        } catch (RpcException e) {
            throw new VenueException("could not read on-chain balances: " + e.getMessage(), e);
        }
        Map<TokenId, Size> out = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) out.put(ordered.get(i), new Size(PolymarketVenue.shares(balances.get(i))));
        return out;
    }
}
