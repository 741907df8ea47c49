package io.polybot.gateway.whales;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.StrategyChange;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.Whale;
import io.polybot.store.repo.WhaleRepository;
import io.polybot.store.repo.WhaleSummary;
import io.polybot.store.repo.WhaleSummaryRepository;
import io.polybot.store.repo.WhitelistChange;
import io.polybot.store.repo.WhitelistChangeRepository;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An operator's whitelist edits. Pinning keeps a wallet followed whatever scoring says; banning
 * stops following it whatever else holds (a ban clears a pin, a pin lifts a ban). Each edit writes
 * the wallet's row and a whitelist change with its reason, is audited, and is published on
 * {@code control} as a {@link StrategyChange} for the whitelist, on which the strategy role
 * re-reads its whitelist at once.
 */
public final class WhitelistDesk {
    static final String SOURCE = "gateway.whales";

    public enum Action {
        PIN, UNPIN, BAN, UNBAN;

        public String wireName() { return name().toLowerCase(Locale.ROOT); }
    }

    private final WhaleRepository whales;
    private final WhitelistChangeRepository changes;
    private final WhaleSummaryRepository summaries;
    private final AuditLogRepository audit;
    private final MessageBus bus;
    private final Clock clock;
    private final Consumer<WhaleSummary> onChange;

    public WhitelistDesk(WhaleRepository whales, WhitelistChangeRepository changes, WhaleSummaryRepository summaries,
                         AuditLogRepository audit, MessageBus bus, Clock clock, Consumer<WhaleSummary> onChange) {
        this.whales = whales;
        this.changes = changes;
        this.summaries = summaries;
        this.audit = audit;
        this.bus = bus;
        this.clock = clock;
        this.onChange = onChange;
    }

    /** Applies the edit (a wallet never seen before gets a row) and returns the wallet as now listed. */
    public WhaleSummary apply(Action action, WalletAddress address, String actor, String reason) {
        Instant now = clock.now();
        Whale before = whales.find(address).orElse(new Whale(address, null, false, false, false, null, now));
        String note = action.wireName() + " by " + actor + ": " + reason;
        Whale after = switch (action) {
            case PIN -> new Whale(address, before.label(), true, true, false, note, now);
            case UNPIN -> new Whale(address, before.label(), before.whitelisted(), false, before.banned(), note, now);
            case BAN -> new Whale(address, before.label(), before.whitelisted(), false, true, note, now);
            case UNBAN -> new Whale(address, before.label(), before.whitelisted(), before.pinned(), false, note, now);
        };
        whales.upsert(after);
        changes.record(new WhitelistChange(address, after.whitelisted() && !after.banned(), note, actor, now));
        audit.record(actor, "whale." + action.wireName(), address.value() + ": " + reason);
        bus.publish(Topic.CONTROL, Envelope.of(SOURCE, now, now, new StrategyChange(StrategyChange.WHITELIST,
                Map.of("action", action.wireName(), "address", address.value()), actor, reason, now)));
        WhaleSummary summary = summaries.find(address).orElseThrow(() -> new IllegalStateException("whale row " + address + " vanished"));
        onChange.accept(summary);
        return summary;
    }
}
