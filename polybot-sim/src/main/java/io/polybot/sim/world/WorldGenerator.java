package io.polybot.sim.world;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Builds the same {@link World} for the same seed, scale and start: binary markets and neg-risk
 * events with hidden true probabilities and drawn outcomes, resolving over the history and the
 * horizon; informed wallets, market makers, bots, noise traders and linked groups, each with the
 * address its collateral comes from. Ids are hashes of the seed, so they look real (condition ids
 * 0x + 64 hex, uint256 token ids, 0x + 40 hex addresses) and never collide.
 */
public final class WorldGenerator {
    public static final BigDecimal TICK_SIZE = new BigDecimal("0.01");
    public static final BigDecimal MIN_ORDER_SIZE = new BigDecimal("5");
    /** Start of {@link #generate(long)}'s world: a fixed instant, so the world does not depend on when it is made. */
    public static final Instant DEFAULT_START = Instant.parse("2030-01-01T00:00:00Z");
    /** How far the crowd's opening price sits from 0.5 relative to the truth: the informed wallets' edge is the rest. */
    private static final BigDecimal CROWD_CONVICTION = new BigDecimal("0.35");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Share of unlinked wallets funded from an exchange hot wallet (which funds many unrelated wallets). */
    private static final double EXCHANGE_FUNDED = 0.35;
    private static final int EXCHANGES = 3;

    private static final List<String> ADJECTIVES = List.of("Quiet", "Shrewd", "Lucky", "Patient", "Bold", "Calm", "Swift", "Clever",
            "Brave", "Gentle", "Keen", "Merry", "Noble", "Proud", "Sly", "Witty");
    private static final List<String> ANIMALS = List.of("Heron", "Falcon", "Otter", "Badger", "Lynx", "Marten", "Ibis", "Wolf",
            "Crane", "Fox", "Hare", "Mole", "Newt", "Owl", "Puma", "Seal");

    private WorldGenerator() {}

    /** The demo world at the fixed {@link #DEFAULT_START}. */
    public static World generate(long seed) { return generate(seed, WorldScale.demo(), DEFAULT_START); }

    public static World generate(long seed, WorldScale scale, Instant start) {
        Random random = new Random(seed);
        Instant historyStart = start.minus(scale.history());
        MarketCatalogue catalogue = new MarketCatalogue(random);
        List<SimMarket> markets = new ArrayList<>();
        for (int i = 0; i < scale.liveMarkets(); i++) {
            Instant opens = between(random, historyStart, historyStart.plus(scale.history().dividedBy(2)));
            Instant resolves = between(random, start.plus(scale.horizon().dividedBy(10)), start.plus(scale.horizon()));
            markets.add(binary(seed, markets.size(), catalogue.standalone(markets.size(), resolves), opens, resolves, random));
        }
        for (int i = 0; i < scale.resolvedMarkets(); i++) {
            Instant resolves = between(random, historyStart.plus(Duration.ofHours(12)), start.minus(Duration.ofHours(1)));
            Instant opens = later(historyStart, resolves.minus(Duration.ofHours(24 + random.nextInt(24 * 9))));
            markets.add(binary(seed, markets.size(), catalogue.standalone(markets.size(), resolves), opens, resolves, random));
        }
        for (int e = 0; e < scale.negRiskEvents(); e++) {
            boolean live = e % 2 == 0;
            Instant resolves = live ? between(random, start.plus(scale.horizon().dividedBy(10)), start.plus(scale.horizon()))
                    : between(random, historyStart.plus(Duration.ofHours(12)), start.minus(Duration.ofHours(1)));
            Instant opens = live ? between(random, historyStart, historyStart.plus(scale.history().dividedBy(2)))
                    : later(historyStart, resolves.minus(Duration.ofDays(3 + random.nextInt(8))));
            markets.addAll(negRiskEvent(seed, markets.size(), catalogue.negRiskEvent(e, 3 + random.nextInt(3), resolves), opens, resolves, random));
        }

        List<String> pseudonyms = pseudonyms(random);
        List<WalletAddress> exchanges = new ArrayList<>();
        for (int k = 0; k < EXCHANGES; k++) exchanges.add(address(seed, "exchange", k));
        List<SimWallet> wallets = new ArrayList<>();
        addWallets(wallets, seed, WalletType.INFORMED, scale.informed(), pseudonyms, exchanges, random);
        addWallets(wallets, seed, WalletType.MARKET_MAKER, scale.marketMakers(), pseudonyms, exchanges, random);
        addWallets(wallets, seed, WalletType.BOT, scale.bots(), pseudonyms, exchanges, random);
        addWallets(wallets, seed, WalletType.NOISE, scale.noise(), pseudonyms, exchanges, random);
        List<LinkedGroup> groups = new ArrayList<>();
        for (int g = 0; g < scale.linkedGroups(); g++) {
            // Alternate: a noise owner first (the demo's one group must not widen its informed whitelist).
            WalletType behaviour = g % 2 == 0 ? WalletType.NOISE : WalletType.INFORMED;
            WalletAddress funder = address(seed, "group-funder", g);
            List<WalletAddress> members = new ArrayList<>();
            int size = 2 + random.nextInt(3);
            for (int i = 0; i < size; i++) {
                SimWallet wallet = new SimWallet(address(seed, "wallet", wallets.size()), behaviour, "", pseudonym(pseudonyms, wallets.size()), funder);
                wallets.add(wallet);
                members.add(wallet.address());
            }
            groups.add(new LinkedGroup("owner-" + (g + 1), funder, behaviour, members));
        }
        return new World(seed, start, markets, wallets, groups);
    }

    private static void addWallets(List<SimWallet> wallets, long seed, WalletType type, int count, List<String> pseudonyms,
                                   List<WalletAddress> exchanges, Random random) {
        for (int i = 0; i < count; i++) {
            int index = wallets.size();
            boolean viaExchange = type != WalletType.MARKET_MAKER && random.nextDouble() < EXCHANGE_FUNDED;
            WalletAddress funder = viaExchange ? exchanges.get(random.nextInt(exchanges.size())) : address(seed, "funder", index);
            String name = index == 0 ? "OracleOfDelphi" : "";
            wallets.add(new SimWallet(address(seed, "wallet", index), type, name, pseudonym(pseudonyms, index), funder));
        }
    }

    private static SimMarket binary(long seed, int index, MarketCatalogue.Entry entry, Instant opens, Instant resolves, Random random) {
        // True probabilities stay clear of 0.5 so every market has a side worth buying.
        BigDecimal distance = BigDecimal.valueOf(20 + random.nextInt(19), 2);   // 0.20 .. 0.38
        BigDecimal truth = random.nextBoolean() ? HALF.add(distance) : HALF.subtract(distance);
        BigDecimal opening = HALF.add(truth.subtract(HALF).multiply(CROWD_CONVICTION)).setScale(2, RoundingMode.HALF_UP);
        boolean yesWins = random.nextDouble() < truth.doubleValue();
        return new SimMarket(market(seed, index, entry, false, resolves), entry.eventTitle(), truth, opening, opens, resolves, yesWins);
    }

    /** Mutually exclusive members: true probabilities sum to exactly 1 and exactly one "Yes" wins. */
    private static List<SimMarket> negRiskEvent(long seed, int firstIndex, List<MarketCatalogue.Entry> entries, Instant opens,
                                                Instant resolves, Random random) {
        int size = entries.size();
        double[] weights = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) total += weights[i] = 1 + 4 * random.nextDouble();
        List<BigDecimal> truths = new ArrayList<>();
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < size - 1; i++) {
            BigDecimal p = BigDecimal.valueOf(weights[i] / total).setScale(2, RoundingMode.HALF_UP);
            truths.add(p);
            assigned = assigned.add(p);
        }
        truths.add(BigDecimal.ONE.subtract(assigned));
        double draw = random.nextDouble();
        int winner = size - 1;
        double cumulative = 0;
        for (int i = 0; i < size; i++) {
            cumulative += truths.get(i).doubleValue();
            if (draw < cumulative) { winner = i; break; }
        }
        BigDecimal uniform = BigDecimal.ONE.divide(BigDecimal.valueOf(size), 6, RoundingMode.HALF_EVEN);
        List<SimMarket> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // The crowd spreads its belief more evenly than the truth: halfway between the truth and uniform.
            BigDecimal opening = truths.get(i).add(uniform).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            MarketCatalogue.Entry entry = entries.get(i);
            out.add(new SimMarket(market(seed, firstIndex + i, entry, true, resolves), entry.eventTitle(), truths.get(i),
                    opening, opens, resolves, i == winner));
        }
        return out;
    }

    private static Market market(long seed, int index, MarketCatalogue.Entry entry, boolean negRisk, Instant resolves) {
        ConditionId conditionId = new ConditionId("0x" + HexFormat.of().formatHex(hash(seed, "condition", index)));
        List<OutcomeToken> tokens = List.of(
                new OutcomeToken(tokenId(seed, index, 0), "Yes", 0),
                new OutcomeToken(tokenId(seed, index, 1), "No", 1));
        return new Market(conditionId, entry.question(), entry.slug(), entry.eventSlug(), entry.category(), tokens,
                TICK_SIZE, MIN_ORDER_SIZE, negRisk, resolves, MarketStatus.OPEN, null);
    }

    private static TokenId tokenId(long seed, int market, int outcome) {
        return new TokenId(new BigInteger(1, hash(seed, "token", market * 2L + outcome)).toString());
    }

    private static WalletAddress address(long seed, String kind, int index) {
        return new WalletAddress("0x" + HexFormat.of().formatHex(hash(seed, kind, index), 0, 20));
    }

    private static Instant between(Random random, Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    private static Instant later(Instant a, Instant b) { return a.isAfter(b) ? a : b; }

    /** Distinct "Adjective-Animal" pseudonyms, Polymarket's style for profiles without a name. */
    private static List<String> pseudonyms(Random random) {
        List<String> all = new ArrayList<>();
        for (String adjective : ADJECTIVES) for (String animal : ANIMALS) all.add(adjective + "-" + animal);
        Collections.shuffle(all, random);
        return all;
    }

    private static String pseudonym(List<String> pseudonyms, int index) {
        String base = pseudonyms.get(index % pseudonyms.size());
        return index < pseudonyms.size() ? base : base + "-" + (index / pseudonyms.size());
    }

    private static byte[] hash(long seed, String kind, long index) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("polybot-sim\u001f" + seed + '\u001f' + kind + '\u001f' + index).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
