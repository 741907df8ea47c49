package io.polybot.app.wallets;

import io.polybot.core.json.Json;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The recorded MLB data of the shared data folder, read in place: every wallet's trades
 * ({@code polymarket-trades/mlb_mtrades_by_wallet.jsonl}), the results
 * ({@code polymarket-markets/mlb_market_outcomes.json} by outcome name, {@code mlb_token_winners.csv} by token),
 * the games markets belong to ({@code mlb_markets.json} event slugs) and, when present, order-book
 * snapshots ({@code polymarket-ws/mlb_orderbook_snapshots_traded_resolved.jsonl.gz}). A malformed row
 * is counted and skipped.
 *
 * @param markets   every traded market; RESOLVED with its winning token when a result is known (its end
 *                  date the result's time, or first pitch + 4 h when only the token table knows it)
 * @param eventSlugs condition id to game
 */
record MlbData(List<WalletTrade> trades, Map<ConditionId, Market> markets, Map<ConditionId, String> eventSlugs, Books books,
               int wallets, int malformed) {
    /** Markets whose winner never traded get this stand-in token: every traded token of them lost. */
    static final TokenId UNTRADED_WINNER = new TokenId("0");
    private static final Duration GAME_LENGTH = Duration.ofHours(4);
    private static final Pattern GAME = Pattern.compile("^(mlb-[a-z]+-[a-z]+-\\d{4}-\\d{2}-\\d{2})");
    private static final DateTimeFormatter FIRST_PITCH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

    static MlbData load(Path dir) throws IOException {
        int[] malformed = {0};
        Set<WalletAddress> wallets = new HashSet<>();
        Map<ConditionId, String> slugs = new HashMap<>();
        List<WalletTrade> trades = readTrades(dir.resolve("polymarket-trades/mlb_mtrades_by_wallet.jsonl"), wallets, slugs, malformed);
        Map<ConditionId, String[]> byOutcome = readOutcomes(dir.resolve("polymarket-markets/mlb_market_outcomes.json"), malformed);
        Map<TokenId, Boolean> byToken = new HashMap<>();
        Map<ConditionId, TokenId> tokenRow = new HashMap<>();
        Map<ConditionId, Instant> firstPitch = new HashMap<>();
        readTokenWinners(dir.resolve("polymarket-markets/mlb_token_winners.csv"), byToken, tokenRow, firstPitch, malformed);
        Map<ConditionId, String> events = new HashMap<>();
        Path catalogue = dir.resolve("polymarket-markets/mlb_markets.json");
        if (Files.exists(catalogue))
            for (JsonNode m : Json.mapper().readTree(catalogue.toFile())) {
                try {
                    events.put(new ConditionId(m.path("condition_id").asString()), m.path("event_slug").asString());
                } catch (RuntimeException e) {
                    malformed[0]++;
                }
            }
        Map<ConditionId, Market> markets = markets(trades, slugs, byOutcome, byToken, tokenRow, firstPitch);
        Path bookFile = dir.resolve("polymarket-ws/mlb_orderbook_snapshots_traded_resolved.jsonl.gz");
        Books books = Files.exists(bookFile) ? Books.read(bookFile, malformed) : new Books(Map.of());
        return new MlbData(List.copyOf(trades), markets, events, books, wallets.size(), malformed[0]);
    }

    int resolvedMarkets() { return (int) markets.values().stream().filter(m -> m.status() == MarketStatus.RESOLVED).count(); }

    /** Games with at least one resolved market. */
    int games() {
        return (int) markets.values().stream().filter(m -> m.status() == MarketStatus.RESOLVED).map(this::event).distinct().count();
    }

    /** The game a market belongs to: the catalogue's event slug, else the slug's team-team-date prefix, else the market itself. */
    String event(Market market) {
        String slug = eventSlugs.get(market.conditionId());
        if (slug != null && !slug.isBlank()) return slug;
        if (market.eventSlug() != null && !market.eventSlug().isBlank()) return market.eventSlug();
        Matcher m = GAME.matcher(market.slug() == null ? "" : market.slug());
        return m.find() ? m.group(1) : market.conditionId().value();
    }

    private static List<WalletTrade> readTrades(Path file, Set<WalletAddress> wallets, Map<ConditionId, String> slugs, int[] malformed)
            throws IOException {
        List<WalletTrade> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode row;
                try {
                    row = Json.mapper().readTree(line);
                } catch (RuntimeException e) {
                    malformed[0]++;
                    continue;
                }
                for (JsonNode t : row.path("mlb_trade_details")) {
                    try {
                        WalletAddress wallet = new WalletAddress(t.path("proxy_wallet").asString().toLowerCase());
                        String id = t.path("id").asString();
                        if (!seen.add(id)) continue; // a fill listed twice is one fill
                        BigDecimal price = t.path("price").decimalValue();
                        out.add(new WalletTrade(id, wallet, new ConditionId(t.path("condition_id").asString().toLowerCase()),
                                new TokenId(t.path("token_id").asString()), t.path("outcome").asString(), Side.valueOf(t.path("side").asString()),
                                new Price(price), new Size(t.path("size").decimalValue()), Instant.parse(t.path("timestamp").asString()),
                                Instant.parse(t.path("timestamp").asString()), t.path("transaction_hash").asString(), 0, "mlb-data"));
                        wallets.add(wallet);
                        slugs.putIfAbsent(out.getLast().market(), t.path("slug").asString());
                    } catch (RuntimeException e) {
                        malformed[0]++;
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing(WalletTrade::eventTime).thenComparing(WalletTrade::id));
        return out;
    }

    private static Map<ConditionId, String[]> readOutcomes(Path file, int[] malformed) throws IOException {
        Map<ConditionId, String[]> out = new HashMap<>();
        for (var entry : Json.mapper().readTree(file.toFile()).properties()) {
            try {
                String winner = entry.getValue().path("winning_outcome").asString();
                String at = entry.getValue().path("resolved_at").asString();
                if (winner.isBlank()) continue;
                out.put(new ConditionId(entry.getKey().toLowerCase()), new String[] {winner, at});
            } catch (RuntimeException e) {
                malformed[0]++;
            }
        }
        return out;
    }

    private static void readTokenWinners(Path file, Map<TokenId, Boolean> byToken, Map<ConditionId, TokenId> tokenRow,
                                         Map<ConditionId, Instant> firstPitch, int[] malformed) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) return;
            List<String> columns = List.of(header.split(","));
            int cid = columns.indexOf("condition_id"), token = columns.indexOf("token_id"), winner = columns.indexOf("is_winner"),
                    pitch = columns.indexOf("first_pitch");
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                try {
                    ConditionId id = new ConditionId(f[cid].toLowerCase());
                    TokenId t = new TokenId(f[token]);
                    byToken.put(t, Boolean.parseBoolean(f[winner].toLowerCase()));
                    tokenRow.put(id, t);
                    firstPitch.put(id, OffsetDateTime.parse(f[pitch], FIRST_PITCH).toInstant());
                } catch (RuntimeException e) {
                    malformed[0]++;
                }
            }
        }
    }

    private static Map<ConditionId, Market> markets(List<WalletTrade> trades, Map<ConditionId, String> slugs, Map<ConditionId, String[]> byOutcome,
                                                    Map<TokenId, Boolean> byToken, Map<ConditionId, TokenId> tokenRow,
                                                    Map<ConditionId, Instant> firstPitch) {
        Map<ConditionId, Map<TokenId, String>> tokens = new LinkedHashMap<>();
        for (WalletTrade t : trades) tokens.computeIfAbsent(t.market(), k -> new LinkedHashMap<>()).putIfAbsent(t.token(), t.outcome());
        Map<ConditionId, Market> out = new HashMap<>();
        tokens.forEach((id, seen) -> {
            List<OutcomeToken> outcomeTokens = new ArrayList<>();
            int index = 0;
            for (var e : seen.entrySet()) outcomeTokens.add(new OutcomeToken(e.getKey(), e.getValue(), index++));
            TokenId winner = null;
            Instant end = null;
            String[] outcome = byOutcome.get(id);
            if (outcome != null) {
                winner = seen.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(outcome[0])).map(Map.Entry::getKey).findFirst()
                        .orElse(UNTRADED_WINNER);
                end = outcome[1].isBlank() ? null : Instant.parse(outcome[1]);
            } else if (tokenRow.containsKey(id)) {
                TokenId row = tokenRow.get(id);
                winner = byToken.get(row) ? row
                        : seen.keySet().stream().filter(t -> !t.equals(row)).findFirst().orElse(UNTRADED_WINNER);
                end = firstPitch.get(id).plus(GAME_LENGTH);
            }
            if (winner != null && end == null) end = firstPitch.containsKey(id) ? firstPitch.get(id).plus(GAME_LENGTH) : null;
            if (winner != null && end == null) winner = null; // a result without a time could leak into the early window
            if (winner != null && outcomeTokens.stream().noneMatch(o -> o.tokenId().equals(UNTRADED_WINNER)) && winner.equals(UNTRADED_WINNER))
                outcomeTokens.add(new OutcomeToken(UNTRADED_WINNER, "untraded", outcomeTokens.size()));
            out.put(id, new Market(id, id.value(), slugs.get(id), null, "mlb", outcomeTokens, new BigDecimal("0.01"), BigDecimal.ONE,
                    false, end, winner == null ? MarketStatus.OPEN : MarketStatus.RESOLVED, winner));
        });
        return out;
    }

    /**
     * Order-book snapshots (one token per market): the price a follower could have paid for a
     * token just after a trade, the best ask of that token or 1 − the best bid of its pair.
     */
    record Books(Map<ConditionId, NavigableMap<Instant, Snapshot>> byMarket) {
        /** A follower acts within this after the trade print. */
        static final Duration DETECTION_DELAY = Duration.ofSeconds(5);
        /** A snapshot older than this at the follower's moment is not the book he met. */
        static final Duration STALE = Duration.ofMinutes(15);

        /** Best ask and best bid of one token at one time (NaN when that side is empty). */
        record Snapshot(TokenId token, double ask, double bid) {}

        static Books read(Path file, int[] malformed) throws IOException {
            Map<ConditionId, NavigableMap<Instant, Snapshot>> out = new HashMap<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    try {
                        JsonNode s = Json.mapper().readTree(line);
                        Snapshot snapshot = new Snapshot(new TokenId(s.path("token_id").asString()),
                                best(Json.mapper().readTree(s.path("asks").asString()), true), best(Json.mapper().readTree(s.path("bids").asString()), false));
                        out.computeIfAbsent(new ConditionId(s.path("condition_id").asString().toLowerCase()), k -> new TreeMap<>())
                                .put(Instant.parse(s.path("timestamp").asString()), snapshot);
                    } catch (RuntimeException e) {
                        malformed[0]++;
                    }
                }
            }
            return new Books(out);
        }

        /** The price to buy {@code token} at the follower's moment (trade time + delay), if a fresh snapshot shows one. */
        Optional<Double> askAfter(ConditionId market, TokenId token, Instant tradeTime) {
            NavigableMap<Instant, Snapshot> series = byMarket.get(market);
            if (series == null) return Optional.empty();
            Instant moment = tradeTime.plus(DETECTION_DELAY);
            var entry = series.floorEntry(moment);
            if (entry == null || entry.getKey().isBefore(moment.minus(STALE))) return Optional.empty();
            Snapshot s = entry.getValue();
            double price = s.token().equals(token) ? s.ask() : 1 - s.bid();
            return Double.isNaN(price) || price <= 0 || price >= 1 ? Optional.empty() : Optional.of(price);
        }

        private static double best(JsonNode levels, boolean lowest) {
            double best = Double.NaN;
            for (JsonNode level : levels) {
                double p = level.path("price").asDouble();
                if (Double.isNaN(best) || (lowest ? p < best : p > best)) best = p;
            }
            return best;
        }
    }
}
