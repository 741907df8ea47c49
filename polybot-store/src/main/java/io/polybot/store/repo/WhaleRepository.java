package io.polybot.store.repo;

import io.polybot.core.wallet.WalletAddress;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Wallets we score and may follow (table {@code whales}). {@link #upsert} writes the whitelist
 * state only; the scoring job's score columns are left as they are.
 */
public final class WhaleRepository {
    private static final String COLUMNS = "address, label, whitelisted, pinned, banned, reason, updated_at";

    private final Jdbi jdbi;

    public WhaleRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    public void upsert(Whale whale) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO whales (address, label, whitelisted, pinned, banned, reason, updated_at)
                        VALUES (:address, :label, :whitelisted, :pinned, :banned, :reason, :updatedAt)
                        ON CONFLICT (address) DO UPDATE SET
                            label = EXCLUDED.label, whitelisted = EXCLUDED.whitelisted, pinned = EXCLUDED.pinned,
                            banned = EXCLUDED.banned, reason = EXCLUDED.reason, updated_at = EXCLUDED.updated_at""")
                .bind("address", whale.address().value())
                .bind("label", whale.label())
                .bind("whitelisted", whale.whitelisted())
                .bind("pinned", whale.pinned())
                .bind("banned", whale.banned())
                .bind("reason", whale.reason())
                .bind("updatedAt", whale.updatedAt())
                .execute());
    }

    /** True when the wallet is on the active whitelist: whitelisted and not banned. */
    public boolean isWhitelisted(WalletAddress address) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM whales WHERE address = :address AND whitelisted AND NOT banned)")
                .bind("address", address.value())
                .mapTo(Boolean.class)
                .one());
    }

    /** The active whitelist: wallets whitelisted and not banned. */
    public Set<WalletAddress> whitelisted() {
        return jdbi.withHandle(handle -> Set.copyOf(handle.createQuery("SELECT address FROM whales WHERE whitelisted AND NOT banned")
                .mapTo(WalletAddress.class)
                .list()));
    }

    /** Every wallet, ordered by address. */
    public List<Whale> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM whales ORDER BY address")
                .mapTo(Whale.class)
                .list());
    }

    public Optional<Whale> find(WalletAddress address) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM whales WHERE address = :address")
                .bind("address", address.value())
                .mapTo(Whale.class)
                .findOne());
    }
}
