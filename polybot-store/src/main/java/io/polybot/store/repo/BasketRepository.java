package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Baskets defined by users (tables {@code whale_baskets}, {@code basket_wallets}); the automatic
 * per-category baskets are rebuilt from scores and are not stored. Construct with {@code store.jdbi()}.
 */
public final class BasketRepository {
    /** A stored basket: its name, the category it watches (null: all) and its wallets. */
    public record StoredBasket(String name, String category, Set<WalletAddress> wallets) {
        public StoredBasket { wallets = Set.copyOf(wallets); }
    }

    private final Jdbi jdbi;

    public BasketRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Creates the basket or replaces its category and wallets. */
    public void save(String name, String category, Set<WalletAddress> wallets, Instant at) {
        jdbi.useTransaction(handle -> {
            long id = handle.createQuery("""
                            INSERT INTO whale_baskets (name, category, created_at) VALUES (:name, :category, :at)
                            ON CONFLICT (name) DO UPDATE SET category = EXCLUDED.category RETURNING id""")
                    .bind("name", name).bind("category", category).bind("at", at)
                    .mapTo(Long.class).one();
            handle.createUpdate("DELETE FROM basket_wallets WHERE basket_id = :id").bind("id", id).execute();
            var insert = handle.prepareBatch("INSERT INTO basket_wallets (basket_id, address, added_at) VALUES (:id, :address, :at)");
            for (WalletAddress wallet : new TreeSet<>(wallets.stream().map(WalletAddress::value).toList()).stream().map(WalletAddress::new).toList())
                insert.bind("id", id).bind("address", wallet.value()).bind("at", at).add();
            if (!wallets.isEmpty()) insert.execute();
        });
    }

    /**
     * The outcomes the wallets lean towards in trades since {@code since}, the strongest share first:
     * the dashboard's view of a basket's consensus. Simpler than the strategy's own count (no linked
     * groups, and flows in a market's other outcomes are not netted against this one).
     */
    public List<BasketLean> leans(Set<WalletAddress> wallets, Instant since, int limit) {
        if (wallets.isEmpty()) return List.of();
        return jdbi.withHandle(handle -> handle.createQuery("""
                        WITH t AS (
                            SELECT wallet, condition_id, token_id, outcome, side, price, size FROM whale_trades
                            WHERE wallet IN (<wallets>) AND event_time > :since),
                        active AS (SELECT condition_id, count(DISTINCT wallet) AS active FROM t GROUP BY condition_id),
                        flow AS (
                            SELECT condition_id, token_id, wallet, max(outcome) AS outcome,
                                   sum(CASE WHEN side = 'BUY' THEN price * size ELSE -price * size END) AS net,
                                   sum(CASE WHEN side = 'BUY' THEN price * size ELSE 0 END) AS paid,
                                   sum(CASE WHEN side = 'BUY' THEN size ELSE 0 END) AS shares
                            FROM t GROUP BY condition_id, token_id, wallet)
                        SELECT f.condition_id, f.token_id, max(f.outcome) AS outcome, count(*) AS agreeing, a.active,
                               sum(f.paid) / NULLIF(sum(f.shares), 0) AS vwap
                        FROM flow f JOIN active a ON a.condition_id = f.condition_id
                        WHERE f.net > 0
                        GROUP BY f.condition_id, f.token_id, a.active
                        ORDER BY count(*)::numeric / a.active DESC, count(*) DESC, f.condition_id, f.token_id
                        LIMIT :limit""")
                .bindList("wallets", wallets.stream().map(WalletAddress::value).sorted().toList())
                .bind("since", since)
                .bind("limit", limit)
                .map((rs, ctx) -> new BasketLean(new ConditionId(rs.getString("condition_id")), new TokenId(rs.getString("token_id")),
                        rs.getString("outcome"), rs.getInt("agreeing"), rs.getInt("active"), rs.getBigDecimal("vwap")))
                .list());
    }

    /** Every user basket with its wallets, by name. */
    public List<StoredBasket> all() {
        return jdbi.withHandle(handle -> {
            Map<String, String> categories = new LinkedHashMap<>();
            Map<String, List<WalletAddress>> members = new LinkedHashMap<>();
            handle.createQuery("SELECT name, category FROM whale_baskets ORDER BY name")
                    .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("category") == null ? "" : rs.getString("category")))
                    .forEach(e -> {
                        categories.put(e.getKey(), e.getValue());
                        members.put(e.getKey(), new ArrayList<>());
                    });
            handle.createQuery("SELECT b.name, w.address FROM basket_wallets w JOIN whale_baskets b ON b.id = w.basket_id ORDER BY b.name, w.address")
                    .map((rs, ctx) -> Map.entry(rs.getString("name"), new WalletAddress(rs.getString("address"))))
                    .forEach(e -> members.get(e.getKey()).add(e.getValue()));
            List<StoredBasket> out = new ArrayList<>();
            categories.forEach((name, category) -> out.add(new StoredBasket(name, category.isEmpty() ? null : category, Set.copyOf(members.get(name)))));
            return out;
        });
    }
}
