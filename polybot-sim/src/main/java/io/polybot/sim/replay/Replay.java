package io.polybot.sim.replay;

import io.polybot.core.json.Json;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.World;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Recorded MLB data read in place from a data directory (the layout of {@code ../shared/data}):
 * trades by wallet, market outcomes and token winners, order-book snapshots. A malformed line or
 * row is counted and skipped, never fatal. Times are shifted so the first record falls at the
 * world's start; the driver then re-emits them in order.
 */
public final class Replay {
    private static final Logger log = LoggerFactory.getLogger(Replay.class);
    static final String TRADES = "polymarket-trades/mlb_mtrades_by_wallet.jsonl";
    static final String OUTCOMES = "polymarket-markets/mlb_market_outcomes.json";
    static final String WINNERS = "polymarket-markets/mlb_token_winners.csv";
    static final String BOOKS = "polymarket-ws/mlb_orderbook_snapshots_traded_resolved.jsonl.gz";
    static final BigDecimal TICK = new BigDecimal("0.01");
    private static final int BOOK_LEVELS = 8;
    private static final BigDecimal MAX_LEVEL_SIZE = new BigDecimal("50000");
    /** Markets whose outcome the files do not know stay open this long. */
    private static final Duration UNRESOLVED = Duration.ofDays(3650);

    private final List<RecordedMarket> markets;
    private final List<RecordedTrade> trades;
    private final List<RecordedBook> books;
    private final int skipped;
    private final Instant firstRecord;

    private Replay(List<RecordedMarket> markets, List<RecordedTrade> trades, List<RecordedBook> books, int skipped) {
        this.markets = List.copyOf(markets);
        this.trades = List.copyOf(trades);
        this.books = List.copyOf(books);
        this.skipped = skipped;
        this.firstRecord = trades.stream().map(RecordedTrade::time).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    /** Reads the files under {@code dir}; the trades file is required, the others add outcomes and books where present. */
    public static Replay load(Path dir) {
        if (!Files.isRegularFile(dir.resolve(TRADES))) throw new IllegalArgumentException("no recorded trades at " + dir.resolve(TRADES));
        int[] skipped = {0};
        List<RecordedTrade> trades = new ArrayList<>();
        lines(dir.resolve(TRADES), line -> {
            JsonNode details = Json.mapper().readTree(line).path("mlb_trade_details");
            for (JsonNode t : details) {
                try {
                    trades.add(trade(t));
                } catch (RuntimeException e) {
                    skipped[0]++;
                }
            }
        }, skipped);
        trades.sort(Comparator.comparing(RecordedTrade::time));

        Map<ConditionId, Map<TokenId, String>> tokens = new LinkedHashMap<>();
        Map<ConditionId, String> slugs = new LinkedHashMap<>();
        for (RecordedTrade t : trades) tokens.computeIfAbsent(t.market(), m -> new LinkedHashMap<>()).putIfAbsent(t.token(), t.outcome());

        Map<TokenId, Boolean> tokenWinners = new LinkedHashMap<>();
        Map<ConditionId, Instant> firstPitch = new LinkedHashMap<>();
        Path winners = dir.resolve(WINNERS);
        if (Files.isRegularFile(winners)) lines(winners, line -> {
            if (line.startsWith("condition_id,")) return;
            String[] f = line.split(",", -1);
            if (f.length < 11) throw new IllegalArgumentException("short row");
            ConditionId market = new ConditionId(f[0]);
            TokenId token = new TokenId(f[1]);
            if (!f[5].equals("True") && !f[5].equals("False")) throw new IllegalArgumentException("is_winner must be True or False");
            tokenWinners.put(token, f[5].equals("True"));
            firstPitch.put(market, OffsetDateTime.parse(f[4].replace(' ', 'T')).toInstant());
            slugs.putIfAbsent(market, f[9]);
        }, skipped);

        Map<ConditionId, JsonNode> outcomes = new LinkedHashMap<>();
        Path outcomeFile = dir.resolve(OUTCOMES);
        if (Files.isRegularFile(outcomeFile)) {
            try {
                Json.mapper().readTree(Files.readString(outcomeFile)).properties().forEach(e -> {
                    try {
                        outcomes.put(new ConditionId(e.getKey()), e.getValue());
                    } catch (RuntimeException bad) {
                        skipped[0]++;
                    }
                });
            } catch (IOException | RuntimeException e) {
                log.warn("replay: outcomes file {} unreadable, markets stay unresolved: {}", outcomeFile, e.toString());
                skipped[0]++;
            }
        }

        List<RecordedBook> books = new ArrayList<>();
        Path bookFile = dir.resolve(BOOKS);
        if (Files.isRegularFile(bookFile)) lines(bookFile, line -> {
            JsonNode b = Json.mapper().readTree(line);
            ConditionId market = new ConditionId(b.path("condition_id").asString(""));
            if (!tokens.containsKey(market)) return;   // books only for markets with recorded trades
            TokenId token = new TokenId(b.path("token_id").asString(""));
            tokens.get(market).putIfAbsent(token, "");
            books.add(new RecordedBook(token, Instant.parse(b.path("timestamp").asString("")), levels(b.path("bids").asString(""), true),
                    levels(b.path("asks").asString(""), false)));
        }, skipped);
        books.sort(Comparator.comparing(RecordedBook::time));

        List<RecordedMarket> markets = new ArrayList<>();
        for (var entry : tokens.entrySet()) {
            ConditionId id = entry.getKey();
            List<OutcomeToken> outcomeTokens = outcomes(id, entry.getValue());
            Optional<TokenId> winner = winner(outcomeTokens, Optional.ofNullable(outcomes.get(id)), tokenWinners);
            Optional<Instant> resolvedAt = Optional.ofNullable(outcomes.get(id)).map(o -> o.path("resolved_at").asString(""))
                    .filter(s -> !s.isEmpty()).map(Instant::parse)
                    .or(() -> Optional.ofNullable(firstPitch.get(id)).map(t -> t.plus(Duration.ofHours(4))));
            String slug = trades.stream().filter(t -> t.market().equals(id)).findFirst().map(t -> slugOf(t, slugs)).orElse(id.value());
            markets.add(new RecordedMarket(id, slug, outcomeTokens, winner, winner.isPresent() ? resolvedAt : Optional.empty()));
        }
        log.info("replay: {} markets ({} with outcomes), {} trades, {} book snapshots, {} malformed rows skipped",
                markets.size(), markets.stream().filter(m -> m.winner().isPresent()).count(), trades.size(), books.size(), skipped[0]);
        return new Replay(markets, trades, books, skipped[0]);
    }

    private static String slugOf(RecordedTrade t, Map<ConditionId, String> slugs) {
        return !t.slug().isEmpty() ? t.slug() : slugs.getOrDefault(t.market(), t.market().value());
    }

    public List<RecordedMarket> markets() { return markets; }

    List<RecordedTrade> trades() { return trades; }

    List<RecordedBook> books() { return books; }

    public int tradeCount() { return trades.size(); }

    public long resolvableCount() { return markets.stream().filter(m -> m.winner().isPresent()).count(); }

    /** Malformed lines and rows that were skipped. */
    public int skipped() { return skipped; }

    /** The instant a recorded instant is replayed at, for a world starting at {@code start}. */
    Instant shifted(Instant recorded, Instant start) {
        return start.plus(Duration.between(firstRecord, recorded)).plusSeconds(1);
    }

    /** The world to replay into: the recorded markets (no simulated wallets; their types are unknown). */
    public World world(long seed, Instant start) {
        List<SimMarket> simMarkets = new ArrayList<>();
        Instant opens = start.minus(Duration.ofHours(1));
        for (RecordedMarket m : markets) {
            // An outcome recorded before the first trade resolves right after the start.
            Instant resolves = m.resolvedAt().map(t -> shifted(t, start)).map(t -> t.isAfter(start) ? t : start.plusSeconds(1))
                    .orElse(start.plus(UNRESOLVED));
            Market market = new Market(m.conditionId(), m.slug(), m.slug(), m.slug(), "Sports", m.tokens(), TICK, new BigDecimal("5"), false,
                    resolves, MarketStatus.OPEN, null);
            boolean yesWins = m.winner().map(w -> w.equals(m.tokens().getFirst().tokenId())).orElse(false);
            simMarkets.add(new SimMarket(market, m.slug(), new BigDecimal("0.5"), new BigDecimal("0.5"), opens, resolves, yesWins));
        }
        return new World(seed, start, simMarkets, List.of(), List.of());
    }

    private static RecordedTrade trade(JsonNode t) {
        BigDecimal price = new BigDecimal(t.path("price").asString(""));
        BigDecimal size = new BigDecimal(t.path("size").asString(""));
        if (price.signum() <= 0 || price.compareTo(BigDecimal.ONE) >= 0 || size.signum() <= 0)
            throw new IllegalArgumentException("price must be in (0, 1) and size > 0");
        String hash = t.path("transaction_hash").asString("");
        return new RecordedTrade(new WalletAddress(t.path("proxy_wallet").asString("")), new ConditionId(t.path("condition_id").asString("")),
                new TokenId(t.path("token_id").asString("")), t.path("outcome").asString(""), Side.valueOf(t.path("side").asString("")),
                size, price, Instant.parse(t.path("timestamp").asString("")), hash, t.path("slug").asString(""));
    }

    /** Two outcomes: the ones seen, and for a market seen through one token only, its inferred complement. */
    private static List<OutcomeToken> outcomes(ConditionId market, Map<TokenId, String> seen) {
        List<Map.Entry<TokenId, String>> known = new ArrayList<>(seen.entrySet());
        String first = known.getFirst().getValue().isEmpty() ? "Yes" : known.getFirst().getValue();
        if (known.size() >= 2) {
            String second = known.get(1).getValue().isEmpty() ? "Not " + first : known.get(1).getValue();
            return List.of(new OutcomeToken(known.get(0).getKey(), first, 0), new OutcomeToken(known.get(1).getKey(), second, 1));
        }
        return List.of(new OutcomeToken(known.getFirst().getKey(), first, 0), new OutcomeToken(complement(market), "Not " + first, 1));
    }

    private static Optional<TokenId> winner(List<OutcomeToken> tokens, Optional<JsonNode> outcome, Map<TokenId, Boolean> tokenWinners) {
        for (OutcomeToken t : tokens) {
            Boolean won = tokenWinners.get(t.tokenId());
            if (won != null) return Optional.of(won ? t.tokenId() : other(tokens, t).tokenId());
        }
        if (outcome.isEmpty()) return Optional.empty();
        String name = outcome.get().path("winning_outcome").asString("");
        if (name.isEmpty()) return Optional.empty();
        OutcomeToken first = tokens.getFirst();
        if (first.outcome().equals(name)) return Optional.of(first.tokenId());
        if (tokens.get(1).outcome().equals(name)) return Optional.of(tokens.get(1).tokenId());
        // Only one side was seen: if the named winner is not it, the unseen side won.
        return Optional.of(tokens.get(1).tokenId());
    }

    private static OutcomeToken other(List<OutcomeToken> tokens, OutcomeToken t) { return tokens.get(0).equals(t) ? tokens.get(1) : tokens.get(0); }

    private static List<BookDepth.Level> levels(String json, boolean bids) {
        List<BookDepth.Level> out = new ArrayList<>();
        for (JsonNode level : Json.mapper().readTree(json)) {
            BigDecimal price = new BigDecimal(level.path("price").asString(""));
            BigDecimal size = new BigDecimal(level.path("size").asString(""));
            if (price.remainder(TICK).signum() != 0 || price.signum() <= 0 || price.compareTo(BigDecimal.ONE) >= 0 || size.signum() <= 0) continue;
            out.add(new BookDepth.Level(price, size.min(MAX_LEVEL_SIZE)));
        }
        out.sort(bids ? Comparator.comparing(BookDepth.Level::price).reversed() : Comparator.comparing(BookDepth.Level::price));
        return out.subList(0, Math.min(BOOK_LEVELS, out.size()));
    }

    /** A stable uint256-looking id for an outcome the files never name. */
    private static TokenId complement(ConditionId market) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("replay-complement\u001f" + market.value()).getBytes(StandardCharsets.UTF_8));
            return new TokenId(new BigInteger(1, digest).toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }

    @FunctionalInterface
    private interface LineHandler {
        void accept(String line) throws Exception;
    }

    /** Feeds each non-blank line to {@code handler}; a line it cannot read is counted and skipped. */
    private static void lines(Path file, LineHandler handler, int[] skipped) {
        try (var in = Files.newInputStream(file);
             var reader = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                try {
                    handler.accept(line);
                } catch (Exception e) {
                    skipped[0]++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
