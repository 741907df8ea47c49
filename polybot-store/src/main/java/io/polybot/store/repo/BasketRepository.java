package io.polybot.store.repo;

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
