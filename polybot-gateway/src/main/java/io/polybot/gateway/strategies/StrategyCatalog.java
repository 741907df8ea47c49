package io.polybot.gateway.strategies;

import io.polybot.gateway.strategies.ParameterSpec.Type;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The strategies the strategy role runs, the parameters an operator may change live and their
 * ranges. The keys are the ones the strategy role applies from a
 * {@link io.polybot.core.control.StrategyChange}; {@code enabled} is a key of every strategy.
 */
public final class StrategyCatalog {
    public static final String WHALE_COPY = "whale-copy";
    public static final String BASKET_COPY = "basket-copy";
    public static final String ENABLED = "enabled";

    /** A strategy's description and its parameters, in the order shown. */
    public record StrategySpec(String name, String description, List<ParameterSpec> parameters) {
        public Optional<ParameterSpec> parameter(String key) { return parameters.stream().filter(p -> p.key().equals(key)).findFirst(); }

        public String keys() { return String.join(", ", parameters.stream().map(ParameterSpec::key).toList()); }
    }

    /**
     * The values the strategy role starts with (its configuration), before any operator change.
     *
     * @param consensusShare consensus must be strictly above this share of a basket's active votes
     * @param window         how far back basket trades count
     * @param minWallets     votes that must agree at least
     */
    public record Defaults(BigDecimal minWhaleNotional, BigDecimal maxEntryPrice, BigDecimal consensusShare, Duration window, int minWallets) {
        /** The strategy role's defaults: $10,000 whales, 0.95 entry cap, more than 80% of at least 3 votes within 24 h. */
        public static Defaults standard() {
            return new Defaults(new BigDecimal("10000"), new BigDecimal("0.95"), new BigDecimal("0.80"), Duration.ofHours(24), 3);
        }
    }

    private final List<StrategySpec> specs = List.of(
            new StrategySpec(WHALE_COPY, "Single-whale copy: a whitelisted wallet's buy of at least the whale notional becomes a signal to buy the same outcome.",
                    List.of(new ParameterSpec("minWhaleNotional", Type.DECIMAL, "100", "10000000", "a trade counts as a whale trade from this notional (USD)"),
                            new ParameterSpec("maxEntryPrice", Type.DECIMAL, "0.01", "0.99", "no copy above this price: too little upside left"))),
            new StrategySpec(BASKET_COPY, "Basket copy: buy an outcome when enough of a basket's wallets net-buy it within the window and the entry gate passes.",
                    List.of(new ParameterSpec("consensusShare", Type.DECIMAL, "0.5", "0.99", "consensus must be strictly above this share of the basket's active votes"),
                            new ParameterSpec("window", Type.DURATION, "PT1H", "PT72H", "how far back basket trades count"),
                            new ParameterSpec("minWallets", Type.INTEGER, "1", "50", "at least this many votes (linked wallets count once) must agree"))));
    private final Map<String, Map<String, String>> defaults;

    public StrategyCatalog(Defaults d) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        values.put(WHALE_COPY, Map.of(ENABLED, "true", "minWhaleNotional", d.minWhaleNotional().stripTrailingZeros().toPlainString(),
                "maxEntryPrice", d.maxEntryPrice().stripTrailingZeros().toPlainString()));
        values.put(BASKET_COPY, Map.of(ENABLED, "true", "consensusShare", d.consensusShare().stripTrailingZeros().toPlainString(),
                "window", d.window().toString(), "minWallets", Integer.toString(d.minWallets())));
        this.defaults = Map.copyOf(values);
    }

    public List<StrategySpec> specs() { return specs; }

    public Optional<StrategySpec> spec(String name) { return specs.stream().filter(s -> s.name().equals(name)).findFirst(); }

    /** The starting values of the strategy, {@code enabled} included, as canonical text. */
    public Map<String, String> defaults(String name) { return defaults.getOrDefault(name, Map.of()); }
}
