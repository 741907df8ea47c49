package io.polybot.sim.ws;

import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.polybot.core.json.Json;
import io.polybot.core.market.TokenId;
import io.polybot.sim.clob.ClobViews;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.BookUpdate;
import io.polybot.sim.matching.EngineListener;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.TokenRules;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.matching.TradeListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The CLOB market channel at {@code /ws/market} (PROTOCOL §5.1): {@code book} snapshots on
 * subscribe and after trades, {@code price_change} (the multi-asset format with best bid/ask) after
 * every book change, {@code last_trade_price}, {@code tick_size_change}; text {@code PING} gets {@code PONG}.
 */
public final class MarketChannel implements EngineListener, TradeListener, AutoCloseable {

    private final MatchingEngine engine;
    private final Predicate<TokenId> negRisk;
    private final ChannelSessions<Connection> sessions = new ChannelSessions<>("sim-ws-market-sender",
            ctx -> new Connection(ctx, ConcurrentHashMap.newKeySet()), Connection::ctx, this::onSubscribe);

    private record Connection(WsContext ctx, Set<String> assets) {}

    private final MessageDigest sha1 = newSha1();

    public MarketChannel(MatchingEngine engine, Predicate<TokenId> negRisk) {
        this.engine = engine;
        this.negRisk = negRisk;
    }

    public void configure(WsConfig ws) { sessions.configure(ws); }

    public int connectionCount() { return sessions.count(); }

    private void onSubscribe(Connection connection, JsonNode root) {
        List<String> assets = new ArrayList<>();
        root.path("assets_ids").forEach(a -> assets.add(a.asString()));
        String operation = root.path("operation").asString("subscribe");
        if (operation.equals("unsubscribe")) {
            assets.forEach(connection.assets()::remove);
            return;
        }
        connection.assets().addAll(assets);
        if (root.path("initial_dump").asBoolean(true)) {
            List<Object> books = assets.stream().map(this::bookMessage).flatMap(Optional::stream).map(b -> (Object) b).toList();
            if (!books.isEmpty()) {
                String text = Json.write(books);
                sessions.enqueue(() -> send(connection, text));
            }
        }
    }

    /** The {@code book} message of one asset: the REST summary (best level last) tagged with its event type. */
    private Optional<ObjectNode> bookMessage(String asset) {
        TokenId token;
        try {
            token = new TokenId(asset);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return engine.book(token).map(this::bookMessage);
    }

    private ObjectNode bookMessage(BookDepth depth) {
        ObjectNode node = Json.mapper().valueToTree(ClobViews.book(depth, negRisk.test(depth.rules().token())));
        node.put("event_type", "book");
        return node;
    }

    /**
     * The engine calls this under its lock, on the thread that changed the book: the messages are
     * built on the sender thread instead (the update is immutable and carries each level's final
     * size), and only for the assets some connection subscribes to.
     */
    @Override public void onBookUpdate(BookUpdate update) {
        if (sessions.isEmpty()) return;
        sessions.enqueue(() -> {
            List<BookUpdate.LevelChange> all = update.changes();
            List<Map<String, Object>> built = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
            for (Connection c : sessions.all()) {
                List<Map<String, Object>> mine = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if (!c.assets().contains(all.get(i).token().value())) continue;
                    if (built.get(i) == null) built.set(i, change(update, all.get(i)));
                    mine.add(built.get(i));
                }
                if (mine.isEmpty()) continue;
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("event_type", "price_change");
                message.put("market", update.market().value());
                message.put("timestamp", Long.toString(update.time().toEpochMilli()));
                message.put("price_changes", mine);
                send(c, Json.write(message));
            }
        });
    }

    private Map<String, Object> change(BookUpdate update, BookUpdate.LevelChange c) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("asset_id", c.token().value());
        change.put("price", ClobViews.plain(c.price()));
        change.put("size", ClobViews.plain(c.size()));
        change.put("side", c.side().name());
        change.put("hash", sha1(update.market().value() + c.token().value() + c.price() + c.size() + update.time()));
        change.put("best_bid", c.bestBid().map(ClobViews::plain).orElse(""));
        change.put("best_ask", c.bestAsk().map(ClobViews::plain).orElse(""));
        return change;
    }

    /**
     * {@code last_trade_price} for each outcome the trade printed on, then a {@code book} of each.
     * Under the engine's lock only the books of subscribed assets are copied (the state right after
     * the trade); the JSON is written on the sender thread.
     */
    @Override public void onTrade(Trade trade) {
        if (sessions.isEmpty()) return;
        // A minted or merged fill also prints on the other outcome, at the maker's price.
        Set<TokenId> tokens = new LinkedHashSet<>(List.of(trade.token()));
        for (MakerFill fill : trade.makerFills()) if (!fill.token().equals(trade.token())) tokens.add(fill.token());
        tokens.removeIf(token -> sessions.all().stream().noneMatch(c -> c.assets().contains(token.value())));
        if (tokens.isEmpty()) return;
        List<BookDepth> books = new ArrayList<>();
        for (TokenId token : tokens) engine.book(token).ifPresent(books::add);
        sessions.enqueue(() -> {
            String timestamp = Long.toString(trade.matchTime().toEpochMilli());
            Map<String, String> messages = new LinkedHashMap<>();
            MakerFill last = trade.makerFills().getLast();
            messages.put(trade.token().value(), Json.write(lastTrade(trade, trade.token().value(), last.token().equals(trade.token())
                    ? last.price() : BigDecimal.ONE.subtract(last.price()), trade.side().name(), trade.size(), timestamp)));
            for (MakerFill fill : trade.makerFills())
                if (!messages.containsKey(fill.token().value())) messages.put(fill.token().value(),
                        Json.write(lastTrade(trade, fill.token().value(), fill.price(), fill.side().name(), fill.size(), timestamp)));
            Map<String, String> bookTexts = new LinkedHashMap<>();
            for (BookDepth b : books) bookTexts.put(b.rules().token().value(), Json.write(bookMessage(b)));
            for (Connection c : sessions.all()) {
                messages.forEach((asset, text) -> { if (c.assets().contains(asset)) send(c, text); });
                bookTexts.forEach((asset, text) -> { if (c.assets().contains(asset)) send(c, text); });
            }
        });
    }

    private static Map<String, Object> lastTrade(Trade trade, String asset, BigDecimal price, String side, BigDecimal size, String timestamp) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_type", "last_trade_price");
        m.put("asset_id", asset);
        m.put("market", trade.market().value());
        m.put("price", ClobViews.plain(price));
        m.put("side", side);
        m.put("size", ClobViews.plain(size));
        m.put("fee_rate_bps", ClobViews.plain(trade.feeRateBps()));
        m.put("timestamp", timestamp);
        m.put("transaction_hash", trade.transactionHash());
        return m;
    }

    @Override public void onTickSizeChange(TokenRules rules, BigDecimal oldTickSize, Instant time) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_type", "tick_size_change");
        m.put("asset_id", rules.token().value());
        m.put("market", rules.market().value());
        m.put("old_tick_size", ClobViews.plain(oldTickSize));
        m.put("new_tick_size", ClobViews.plain(rules.tickSize()));
        m.put("timestamp", Long.toString(time.toEpochMilli()));
        String text = Json.write(m);
        sessions.enqueue(() -> sessions.all().forEach(c -> {
            if (c.assets().contains(rules.token().value())) send(c, text);
        }));
    }

    private void send(Connection connection, String text) { sessions.send(connection, text); }

    /** On the sender thread only: one digest, not a provider lookup per level. */
    private String sha1(String text) {
        return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the JDK", e);
        }
    }

    @Override public void close() { sessions.close(); }
}
