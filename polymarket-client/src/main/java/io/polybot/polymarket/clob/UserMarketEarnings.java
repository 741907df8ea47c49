package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One market of {@code /rewards/user/markets}: its reward terms and what this maker earned there
 * on the day asked ({@code earningPercentage} is our share of the market's rewards, in percent).
 */
public record UserMarketEarnings(String conditionId, String question, String marketSlug, BigDecimal maxSpread,
        BigDecimal minSize, BigDecimal marketCompetitiveness, String makerAddress, BigDecimal earningPercentage,
        List<RewardsConfig> configs, List<Earning> earnings) {
    /** Earnings in one paid asset. */
    public record Earning(String assetAddress, BigDecimal earnings, BigDecimal assetRate) {}

    public UserMarketEarnings {
        Objects.requireNonNull(conditionId, "conditionId");
        configs = List.copyOf(configs);
        earnings = List.copyOf(earnings);
    }
}
