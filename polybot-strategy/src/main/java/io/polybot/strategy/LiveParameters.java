package io.polybot.strategy;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.control.StrategyChange;
import io.polybot.core.json.Json;
import io.polybot.core.money.Usd;
import io.polybot.store.repo.StrategyStateRepository;
import io.polybot.strategy.intelligence.consensus.ConsensusConfig;
import io.polybot.strategy.whale.BasketCopyStrategy;
import io.polybot.strategy.whale.WhaleCopyConfig;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * Operators' changes from {@code control}, applied while running (issue 7): a whitelist edit
 * re-reads the whitelist at once; a strategy change enables or disables the strategy or replaces
 * its parameters (whale-copy: minWhaleNotional, maxEntryPrice; basket-copy: consensusShare,
 * window, minWallets). The gateway has validated the values; one that still does not fit is
 * logged and the running values stay.
 */
public final class LiveParameters implements MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(LiveParameters.class);
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};
    static final String ENABLED = "enabled";

    private final WhaleCopyStrategy whaleCopy;
    private final BasketCopyStrategy basketCopy;
    private final Whitelist whitelist;
    private volatile boolean whaleCopyEnabled = true;
    private volatile boolean basketCopyEnabled = true;

    /** @param basketCopy null when the basket mode is not wired */
    public LiveParameters(WhaleCopyStrategy whaleCopy, BasketCopyStrategy basketCopy, Whitelist whitelist) {
        this.whaleCopy = whaleCopy;
        this.basketCopy = basketCopy;
        this.whitelist = whitelist;
    }

    public boolean whaleCopyEnabled() { return whaleCopyEnabled; }

    public boolean basketCopyEnabled() { return basketCopyEnabled; }

    @Override public void handle(Envelope<?> envelope) {
        if (envelope.payload() instanceof StrategyChange change) apply(change.target(), change.parameters(), change.actor());
    }

    /** Applies the values operators set before this role started (kept by the gateway in {@code strategy_state}). */
    public void applyStored(StrategyStateRepository state) {
        for (String strategy : new String[]{WhaleCopyStrategy.NAME, BasketCopyStrategy.NAME}) {
            String json = state.all(strategy).get(StrategyChange.STATE_KEY);
            if (json != null) apply(strategy, Json.mapper().readValue(json, TEXT_MAP), "stored");
        }
    }

    void apply(String target, Map<String, String> values, String actor) {
        try {
            switch (target) {
                case StrategyChange.WHITELIST -> whitelist.refresh();
                case WhaleCopyStrategy.NAME -> {
                    if (values.containsKey(ENABLED)) whaleCopyEnabled = Boolean.parseBoolean(values.get(ENABLED));
                    WhaleCopyConfig c = whaleCopy.config();
                    whaleCopy.reconfigure(new WhaleCopyConfig(
                            values.containsKey("minWhaleNotional") ? new Usd(new BigDecimal(values.get("minWhaleNotional"))) : c.minWhaleNotional(),
                            values.containsKey("maxEntryPrice") ? new BigDecimal(values.get("maxEntryPrice")) : c.maxEntryPrice()));
                }
                case BasketCopyStrategy.NAME -> {
                    if (values.containsKey(ENABLED)) basketCopyEnabled = Boolean.parseBoolean(values.get(ENABLED));
                    if (basketCopy == null) return;
                    ConsensusConfig c = basketCopy.consensusConfig();
                    basketCopy.reconfigure(new ConsensusConfig(
                            values.containsKey("window") ? Duration.parse(values.get("window")) : c.window(),
                            values.containsKey("consensusShare") ? new BigDecimal(values.get("consensusShare")) : c.threshold(),
                            values.containsKey("minWallets") ? Integer.parseInt(values.get("minWallets")) : c.minimumWallets()));
                }
                default -> { return; }
            }
            log.info("{} changed by {}: {}", target, actor, values);
        } catch (RuntimeException e) {
            log.warn("change of {} by {} refused, keeping the running values: {} ({})", target, actor, e.getMessage(), values);
        }
    }
}
