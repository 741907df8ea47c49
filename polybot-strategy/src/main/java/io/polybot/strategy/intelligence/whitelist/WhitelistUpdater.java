package io.polybot.strategy.intelligence.whitelist;

import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.Whale;
import io.polybot.store.repo.WhaleRepository;
import io.polybot.store.repo.WhitelistChange;
import io.polybot.store.repo.WhitelistChangeRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * Writes whitelist changes: the wallet's row in {@code whales}, a line in
 * {@code whale_whitelist_changes} and one in the audit log, each with the reason. Also the
 * operator's pin, unpin, ban and unban. The change row is written first: if a later write fails,
 * the next scoring run re-decides and writes again.
 */
public final class WhitelistUpdater {
    public static final String SCORING_ACTOR = "scoring";

    private final WhaleRepository whales;
    private final WhitelistChangeRepository changes;
    private final AuditLogRepository audit;
    private final Clock clock;

    public WhitelistUpdater(WhaleRepository whales, WhitelistChangeRepository changes, AuditLogRepository audit, Clock clock) {
        this.whales = whales;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Applies a policy decision; returns whether anything changed. */
    public boolean apply(WhitelistDecision decision) {
        if (!decision.changed()) return false;
        Whale current = whales.find(decision.wallet()).orElse(null);
        write(decision.wallet(), current, decision.after(), flag(current, true), flag(current, false), decision.reason(), SCORING_ACTOR,
                decision.after() ? "whitelist.join" : "whitelist.leave");
        return true;
    }

    /** Pinned wallets stay whitelisted whatever scoring says. */
    public void pin(WalletAddress wallet, boolean pinned, String actor, String reason) {
        Whale current = whales.find(wallet).orElse(null);
        boolean listed = pinned || (current != null && current.whitelisted());
        write(wallet, current, listed && !flag(current, false), pinned, flag(current, false), (pinned ? "pinned: " : "unpinned: ") + reason, actor,
                pinned ? "whitelist.pin" : "whitelist.unpin");
    }

    /** Banned wallets are never followed, even when pinned or scoring well. */
    public void ban(WalletAddress wallet, boolean banned, String actor, String reason) {
        Whale current = whales.find(wallet).orElse(null);
        boolean listed = !banned && current != null && (current.whitelisted() || current.pinned());
        write(wallet, current, listed, flag(current, true), banned, (banned ? "banned: " : "unbanned: ") + reason, actor,
                banned ? "whitelist.ban" : "whitelist.unban");
    }

    private void write(WalletAddress wallet, Whale current, boolean whitelisted, boolean pinned, boolean banned, String reason, String actor,
                       String action) {
        Instant now = clock.now();
        changes.record(new WhitelistChange(wallet, whitelisted, reason, actor, now));
        whales.upsert(new Whale(wallet, Optional.ofNullable(current).map(Whale::label).orElse(null), whitelisted, pinned, banned, reason, now));
        audit.record(actor, action, wallet.value() + ": " + reason);
    }

    private static boolean flag(Whale whale, boolean pinned) {
        return whale != null && (pinned ? whale.pinned() : whale.banned());
    }
}
