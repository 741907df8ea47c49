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
 * Builds the same {@link World} for the same seed: binary markets with hidden true probabilities,
 * one informed whale, market makers and noise traders. Ids are hashes of the seed, so they look
 * real (condition ids 0x + 64 hex, uint256 token ids, 0x + 40 hex addresses) and never collide.
 */
public final class WorldGenerator {
    public static final int MARKETS = 4;
    public static final BigDecimal TICK_SIZE = new BigDecimal("0.01");
    public static final BigDecimal MIN_ORDER_SIZE = new BigDecimal("5");
    /** End dates hang off a fixed instant, not "now", so the world does not depend on when it is generated. */
    private static final Instant END_DATE_BASE = Instant.parse("2030-01-01T00:00:00Z");
    /** How far the crowd's opening price sits from 0.5 relative to the truth: the whale's edge is the rest. */
    private static final BigDecimal CROWD_CONVICTION = new BigDecimal("0.35");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private record Template(String question, String slug, String eventSlug, String eventTitle, String category) {}

    private static final List<Template> CATALOGUE = List.of(
            new Template("Will Bitcoin close above $150,000 on December 31?", "bitcoin-above-150k-on-december-31",
                    "bitcoin-price-end-of-year", "Bitcoin price at the end of the year", "Crypto"),
            new Template("Will Ethereum trade above $8,000 before the end of the year?", "ethereum-above-8000-this-year",
                    "ethereum-price-this-year", "Ethereum price this year", "Crypto"),
            new Template("Will the Fed cut rates at its next meeting?", "fed-cut-at-next-meeting",
                    "fed-decision-next-meeting", "Fed decision at the next meeting", "Economics"),
            new Template("Will US CPI inflation come in above 3% in the next report?", "us-cpi-above-3-next-report",
                    "us-cpi-next-report", "US CPI in the next report", "Economics"),
            new Template("Will it snow in New York City on Christmas Day?", "snow-in-nyc-on-christmas-day",
                    "nyc-weather-christmas", "New York City weather on Christmas", "Weather"),
            new Template("Will London record a temperature above 35°C this summer?", "london-above-35c-this-summer",
                    "london-summer-heat", "London summer heat", "Weather"),
            new Template("Will the Boston Celtics win the NBA Finals?", "celtics-win-nba-finals",
                    "nba-champion", "NBA Champion", "Sports"),
            new Template("Will SpaceX reach orbit with Starship this quarter?", "starship-orbit-this-quarter",
                    "spacex-starship-launches", "SpaceX Starship launches", "Tech"));

    private static final List<String> ADJECTIVES = List.of("Quiet", "Shrewd", "Lucky", "Patient", "Bold", "Calm", "Swift", "Clever");
    private static final List<String> ANIMALS = List.of("Heron", "Falcon", "Otter", "Badger", "Lynx", "Marten", "Ibis", "Wolf");

    private WorldGenerator() {}

    public static World generate(long seed) {
        Random random = new Random(seed);
        List<Template> templates = new ArrayList<>(CATALOGUE);
        Collections.shuffle(templates, random);
        List<SimMarket> markets = new ArrayList<>();
        for (int i = 0; i < MARKETS; i++) markets.add(market(seed, i, templates.get(i), random));

        List<SimWallet> wallets = new ArrayList<>();
        List<String> pseudonyms = pseudonyms(random);
        wallets.add(wallet(seed, wallets.size(), WalletType.INFORMED, "OracleOfDelphi", pseudonyms));
        wallets.add(wallet(seed, wallets.size(), WalletType.MARKET_MAKER, "", pseudonyms));
        wallets.add(wallet(seed, wallets.size(), WalletType.MARKET_MAKER, "", pseudonyms));
        for (int i = 0; i < 4; i++) wallets.add(wallet(seed, wallets.size(), WalletType.NOISE, "", pseudonyms));
        return new World(seed, markets, wallets);
    }

    private static SimMarket market(long seed, int index, Template t, Random random) {
        // True probabilities stay clear of 0.5 so every market has a side worth buying.
        BigDecimal distance = BigDecimal.valueOf(20 + random.nextInt(19), 2);   // 0.20 .. 0.38
        BigDecimal truth = random.nextBoolean() ? HALF.add(distance) : HALF.subtract(distance);
        BigDecimal opening = HALF.add(truth.subtract(HALF).multiply(CROWD_CONVICTION)).setScale(2, RoundingMode.HALF_UP);
        ConditionId conditionId = new ConditionId("0x" + HexFormat.of().formatHex(hash(seed, "condition", index)));
        List<OutcomeToken> tokens = List.of(
                new OutcomeToken(tokenId(seed, index, 0), "Yes", 0),
                new OutcomeToken(tokenId(seed, index, 1), "No", 1));
        Instant endDate = END_DATE_BASE.plus(Duration.ofDays(30 + random.nextInt(335)));
        Market market = new Market(conditionId, t.question(), t.slug(), t.eventSlug(), t.category(), tokens,
                TICK_SIZE, MIN_ORDER_SIZE, false, endDate, MarketStatus.OPEN, null);
        return new SimMarket(market, t.eventTitle(), truth, opening);
    }

    private static TokenId tokenId(long seed, int market, int outcome) {
        return new TokenId(new BigInteger(1, hash(seed, "token", market * 2L + outcome)).toString());
    }

    private static SimWallet wallet(long seed, int index, WalletType type, String name, List<String> pseudonyms) {
        byte[] digest = hash(seed, "wallet", index);
        WalletAddress address = new WalletAddress("0x" + HexFormat.of().formatHex(digest, 0, 20));
        return new SimWallet(address, type, name, pseudonyms.get(index));
    }

    /** Distinct "Adjective-Animal" pseudonyms, Polymarket's style for profiles without a name. */
    private static List<String> pseudonyms(Random random) {
        List<String> all = new ArrayList<>();
        for (String adjective : ADJECTIVES) for (String animal : ANIMALS) all.add(adjective + "-" + animal);
        Collections.shuffle(all, random);
        return all;
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
