package io.polybot.store.repo;

import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/** Every whitelist change with its reason (table {@code whale_whitelist_changes}). Construct with {@code store.jdbi()}. */
public final class WhitelistChangeRepository {
    private final Jdbi jdbi;

    public WhitelistChangeRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    public void record(WhitelistChange change) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO whale_whitelist_changes (address, whitelisted, reason, actor, changed_at)
                        VALUES (:address, :whitelisted, :reason, :actor, :changedAt)""")
                .bind("address", change.address().value())
                .bind("whitelisted", change.whitelisted())
                .bind("reason", change.reason())
                .bind("actor", change.actor())
                .bind("changedAt", change.changedAt())
                .execute());
    }

    /** The wallet's changes, oldest first. */
    public List<WhitelistChange> history(WalletAddress address) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT address, whitelisted, reason, actor, changed_at FROM whale_whitelist_changes
                        WHERE address = :address ORDER BY changed_at, id""")
                .bind("address", address.value())
                .map((rs, ctx) -> new WhitelistChange(new WalletAddress(rs.getString("address")), rs.getBoolean("whitelisted"),
                        rs.getString("reason"), rs.getString("actor"), Columns.instant(rs, "changed_at")))
                .list());
    }
}
