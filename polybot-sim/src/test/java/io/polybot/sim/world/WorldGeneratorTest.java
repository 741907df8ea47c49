package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.wallet.WalletAddress;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WorldGeneratorTest {
    private static final Instant START = Instant.parse("2031-03-01T12:00:00Z");

    @Test void sameSeedGivesTheSameWorld() {
        assertThat(WorldGenerator.generate(42)).isEqualTo(WorldGenerator.generate(42));
        assertThat(WorldGenerator.generate(9, WorldScale.small(), START)).isEqualTo(WorldGenerator.generate(9, WorldScale.small(), START));
    }

    @Test void differentSeedsGiveDifferentIds() {
        World a = WorldGenerator.generate(1);
        World b = WorldGenerator.generate(2);
        assertThat(a.markets().getFirst().market().conditionId()).isNotEqualTo(b.markets().getFirst().market().conditionId());
        assertThat(a.wallets().getFirst().address()).isNotEqualTo(b.wallets().getFirst().address());
    }

    @Test void marketsAreBinaryWithVenueShapedIdsAndRules() {
        World world = WorldGenerator.generate(7, WorldScale.small(), START);

        Set<String> tokenIds = new HashSet<>();
        for (SimMarket m : world.markets()) {
            assertThat(m.market().conditionId().value()).matches("0x[0-9a-f]{64}");
            assertThat(m.market().tokens()).extracting(OutcomeToken::outcome).containsExactly("Yes", "No");
            m.market().tokens().forEach(t -> assertThat(t.tokenId().value()).matches("[1-9][0-9]{60,77}"));
            m.market().tokens().forEach(t -> tokenIds.add(t.tokenId().value()));
            assertThat(m.market().tickSize()).isEqualByComparingTo("0.01");
            assertThat(m.market().minOrderSize()).isEqualByComparingTo("5");
            assertThat(m.market().slug()).isNotBlank();
            assertThat(m.market().category()).isNotBlank();
            assertThat(m.openingPrice().remainder(new BigDecimal("0.01"))).isEqualByComparingTo("0");
            assertThat(m.resolvesAt()).isAfter(m.opensAt());
            assertThat(m.market().endDate()).isEqualTo(m.resolvesAt());
        }
        assertThat(tokenIds).hasSize(2 * world.markets().size());
        assertThat(world.markets().stream().map(m -> m.market().slug()).distinct()).hasSize(world.markets().size());
    }

    @Test void demoWorldHasFourLiveStandaloneMarketsWhoseCrowdIsLessSureThanTheTruth() {
        World world = WorldGenerator.generate(7);
        List<SimMarket> live = world.markets().stream().filter(m -> m.resolvesAt().isAfter(world.start())).toList();

        assertThat(live).hasSize(4).allSatisfy(m -> {
            assertThat(m.market().negRisk()).isFalse();
            BigDecimal half = new BigDecimal("0.5");
            assertThat(m.trueProbability().subtract(half).abs()).isGreaterThanOrEqualTo(m.openingPrice().subtract(half).abs());
            // Live for at least a day: a demo run never sees its markets resolve.
            assertThat(m.resolvesAt()).isAfter(world.start().plusSeconds(86_400));
        });
    }

    @Test void resolutionTimesSpreadOverHistoryAndHorizon() {
        WorldScale scale = WorldScale.small();
        World world = WorldGenerator.generate(7, scale, START);

        long past = world.markets().stream().filter(m -> m.resolvesAt().isBefore(START)).count();
        assertThat(past).isGreaterThanOrEqualTo(scale.resolvedMarkets());
        assertThat(world.markets()).allSatisfy(m -> {
            assertThat(m.opensAt()).isAfterOrEqualTo(START.minus(scale.history()));
            assertThat(m.resolvesAt()).isBefore(START.plus(scale.horizon()));
        });
        assertThat(world.markets().stream().map(SimMarket::resolvesAt).distinct().count()).isGreaterThan(scale.resolvedMarkets());
    }

    @Test void negRiskEventsAreMutuallyExclusiveWithTruthSummingToOne() {
        World world = WorldGenerator.generate(11, WorldScale.small(), START);
        Map<String, List<SimMarket>> events = world.markets().stream().filter(m -> m.market().negRisk())
                .collect(Collectors.groupingBy(m -> m.market().eventSlug()));

        assertThat(events).hasSize(WorldScale.small().negRiskEvents());
        events.values().forEach(members -> {
            assertThat(members).hasSizeBetween(3, 5);
            assertThat(members.stream().map(SimMarket::trueProbability).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
            assertThat(members.stream().filter(SimMarket::yesWins)).hasSize(1);
            assertThat(members.stream().map(SimMarket::resolvesAt).distinct()).hasSize(1);
            assertThat(members.stream().map(SimMarket::eventTitle).distinct()).hasSize(1);
        });
    }

    @Test void walletsOfEveryTypeWithDistinctAddressesAndFunders() {
        WorldScale scale = WorldScale.small();
        World world = WorldGenerator.generate(7, scale, START);
        Set<WalletAddress> linked = world.groups().stream().flatMap(g -> g.wallets().stream()).collect(Collectors.toSet());

        assertThat(world.wallets(WalletType.MARKET_MAKER)).hasSize(scale.marketMakers());
        assertThat(world.wallets(WalletType.BOT)).hasSize(scale.bots());
        assertThat(world.wallets(WalletType.INFORMED).stream().filter(w -> !linked.contains(w.address()))).hasSize(scale.informed());
        assertThat(world.wallets(WalletType.NOISE).stream().filter(w -> !linked.contains(w.address()))).hasSize(scale.noise());
        assertThat(world.wallets()).allSatisfy(w -> assertThat(w.address().value()).matches("0x[0-9a-f]{40}"));
        assertThat(world.wallets().stream().map(SimWallet::address).distinct()).hasSize(world.wallets().size());
        assertThat(world.wallets().stream().map(SimWallet::pseudonym).distinct()).hasSize(world.wallets().size());
    }

    @Test void linkedGroupsShareOneFunderThatNoOtherWalletUses() {
        World world = WorldGenerator.generate(7, WorldScale.small(), START);

        assertThat(world.groups()).hasSize(WorldScale.small().linkedGroups());
        for (LinkedGroup group : world.groups()) {
            assertThat(group.wallets()).hasSizeBetween(2, 4);
            assertThat(group.wallets()).allSatisfy(a -> {
                SimWallet w = world.wallet(a).orElseThrow();
                assertThat(w.funder()).isEqualTo(group.funder());
                assertThat(w.type()).isEqualTo(group.behaviour());
            });
            assertThat(world.wallets().stream().filter(w -> w.funder().equals(group.funder()))).hasSize(group.wallets().size());
        }
    }

    @Test void truthNamesEveryWalletMarketAndGroup() {
        World world = WorldGenerator.generate(7);
        SimTruth truth = world.truth();

        assertThat(truth.seed()).isEqualTo(7);
        assertThat(truth.walletTypes()).hasSize(world.wallets().size())
                .containsEntry(world.wallets(WalletType.INFORMED).getFirst().address(), WalletType.INFORMED)
                .containsValue(WalletType.BOT);
        // The demo whitelists the informed wallets: exactly its one whale.
        assertThat(truth.walletTypes().values().stream().filter(t -> t == WalletType.INFORMED)).hasSize(1);
        assertThat(truth.linkedGroups()).isEqualTo(world.groups()).isNotEmpty();
        assertThat(truth.trueProbabilities()).hasSize(world.markets().size());
        assertThat(truth.winners()).hasSize(world.markets().size());
    }
}
