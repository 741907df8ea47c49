package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorldGeneratorTest {
    @Test void sameSeedGivesTheSameWorld() {
        assertThat(WorldGenerator.generate(42)).isEqualTo(WorldGenerator.generate(42));
    }

    @Test void differentSeedsGiveDifferentIds() {
        World a = WorldGenerator.generate(1);
        World b = WorldGenerator.generate(2);
        assertThat(a.markets().getFirst().market().conditionId()).isNotEqualTo(b.markets().getFirst().market().conditionId());
        assertThat(a.wallets().getFirst().address()).isNotEqualTo(b.wallets().getFirst().address());
    }

    @Test void marketsAreBinaryWithVenueShapedIdsAndRules() {
        World world = WorldGenerator.generate(7);

        assertThat(world.markets()).hasSize(WorldGenerator.MARKETS);
        Set<String> tokenIds = new HashSet<>();
        for (SimMarket m : world.markets()) {
            assertThat(m.market().conditionId().value()).matches("0x[0-9a-f]{64}");
            assertThat(m.market().tokens()).extracting(OutcomeToken::outcome).containsExactly("Yes", "No");
            m.market().tokens().forEach(t -> assertThat(t.tokenId().value()).matches("[1-9][0-9]{60,77}"));
            m.market().tokens().forEach(t -> tokenIds.add(t.tokenId().value()));
            assertThat(m.market().tickSize()).isEqualByComparingTo("0.01");
            assertThat(m.market().minOrderSize()).isEqualByComparingTo("5");
            assertThat(m.market().negRisk()).isFalse();
            assertThat(m.market().slug()).isNotBlank();
            assertThat(m.market().eventSlug()).isNotBlank();
            assertThat(m.market().category()).isNotBlank();
            // The crowd's opening price is on the grid and on the same side of 0.5 as the truth, but less sure.
            assertThat(m.openingPrice().remainder(new BigDecimal("0.01"))).isEqualByComparingTo("0");
            BigDecimal half = new BigDecimal("0.5");
            assertThat(m.trueProbability().subtract(half).abs()).isGreaterThanOrEqualTo(m.openingPrice().subtract(half).abs());
        }
        assertThat(tokenIds).hasSize(2 * WorldGenerator.MARKETS);
    }

    @Test void walletsOfEveryKnownTypeWithDistinctAddresses() {
        World world = WorldGenerator.generate(7);

        assertThat(world.wallets(WalletType.INFORMED)).hasSize(1);
        assertThat(world.wallets(WalletType.MARKET_MAKER)).hasSize(2);
        assertThat(world.wallets(WalletType.NOISE)).hasSize(4);
        assertThat(world.wallets()).allSatisfy(w -> assertThat(w.address().value()).matches("0x[0-9a-f]{40}"));
        assertThat(world.wallets().stream().map(SimWallet::address).distinct()).hasSize(world.wallets().size());
    }

    @Test void truthNamesEveryWalletAndMarket() {
        World world = WorldGenerator.generate(7);
        SimTruth truth = world.truth();

        assertThat(truth.seed()).isEqualTo(7);
        assertThat(truth.walletTypes()).hasSize(world.wallets().size())
                .containsEntry(world.wallets(WalletType.INFORMED).getFirst().address(), WalletType.INFORMED);
        assertThat(truth.linkedGroups()).isEqualTo(List.of());
        assertThat(truth.trueProbabilities()).hasSize(WorldGenerator.MARKETS);
    }
}
