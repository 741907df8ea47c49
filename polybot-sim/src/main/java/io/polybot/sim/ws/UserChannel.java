package io.polybot.sim.ws;

import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.polybot.core.json.Json;
import io.polybot.core.time.Clock;
import io.polybot.sim.clob.ApiKeyOwner;
import io.polybot.sim.clob.ApiKeys;
import io.polybot.sim.clob.ClobViews;
import io.polybot.sim.matching.EngineListener;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.OpenOrder;
import io.polybot.sim.matching.OrderEvent;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.matching.TradeListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CLOB user channel at {@code /ws/user} (PROTOCOL §5.2): a client subscribes with its raw API
 * credentials and gets {@code order} events (PLACEMENT, UPDATE, CANCELLATION) and {@code trade}
 * events (MATCHED, then MINED, then CONFIRMED: nothing goes on chain, so settlement follows at once)
 * for the orders placed with that key, optionally only in some markets.
 */
public final class UserChannel implements EngineListener, TradeListener, AutoCloseable {
    private static final List<String> TRADE_LIFECYCLE = List.of("MATCHED", "MINED", "CONFIRMED");

    private final ApiKeys keys;
    private final Clock clock;
    private final ChannelSessions<Connection> sessions = new ChannelSessions<>("sim-ws-user-sender", Connection::new,
            c -> c.ctx, this::onSubscribe);

    /** {@code owner} is empty until the subscribe frame authenticates; {@code markets} empty = all. */
    private static final class Connection {
        final WsContext ctx;
        volatile Optional<ApiKeyOwner> owner = Optional.empty();
        final Set<String> markets = ConcurrentHashMap.newKeySet();

        Connection(WsContext ctx) { this.ctx = ctx; }

        boolean wants(String apiKey, String market) {
            return owner.map(o -> o.apiKey().equals(apiKey)).orElse(false) && (markets.isEmpty() || markets.contains(market));
        }
    }

    public UserChannel(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public void configure(WsConfig ws) { sessions.configure(ws); }

    public int connectionCount() { return sessions.count(); }

    private void onSubscribe(Connection connection, JsonNode root) {
        List<String> markets = new ArrayList<>();
        root.path("markets").forEach(m -> markets.add(m.asString().toLowerCase()));
        if (root.has("auth")) {
            Optional<ApiKeyOwner> owner = authenticate(root.path("auth"));
            if (owner.isEmpty()) {
                // The venue refuses the subscription; the client sees the socket close.
                sessions.enqueue(() -> {
                    send(connection, "{\"error\":\"invalid api credentials\"}");
                    connection.ctx.closeSession(4001, "invalid api credentials");
                });
                return;
            }
            connection.owner = owner;
            connection.markets.clear();
        }
        if (root.path("operation").asString("subscribe").equals("unsubscribe")) markets.forEach(connection.markets::remove);
        else connection.markets.addAll(markets);
    }

    private Optional<ApiKeyOwner> authenticate(JsonNode auth) {
        return keys.owner(auth.path("apiKey").asString(null))
                .filter(o -> equal(o.credentials().secret(), auth.path("secret").asString("")))
                .filter(o -> equal(o.credentials().passphrase(), auth.path("passphrase").asString("")));
    }

    @Override public void onOrder(OrderEvent event) {
        OpenOrder o = event.order();
        if (o.owner().isEmpty() || sessions.isEmpty()) return;
        String market = o.market().value().toLowerCase();
        if (!listening(o.owner(), market)) return;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_type", "order");
        m.put("type", event.type().name());
        m.put("id", o.orderId());
        m.put("owner", o.owner());
        m.put("order_owner", o.owner());
        m.put("market", o.market().value());
        m.put("asset_id", o.token().value());
        m.put("side", o.side().name());
        m.put("original_size", ClobViews.plain(o.originalSize()));
        m.put("size_matched", ClobViews.plain(o.sizeMatched()));
        m.put("price", ClobViews.plain(o.price()));
        m.put("associate_trades", o.tradeIds());
        m.put("outcome", o.outcome());
        m.put("created_at", Long.toString(o.createdAt().getEpochSecond()));
        m.put("expiration", ClobViews.expiration(o));
        m.put("order_type", o.timeInForce().name());
        m.put("status", o.state().name());
        m.put("maker_address", o.account().value());
        m.put("timestamp", Long.toString(clock.now().toEpochMilli()));
        String text = Json.write(m);
        sessions.enqueue(() -> sessions.all().forEach(c -> { if (c.wants(o.owner(), market)) send(c, text); }));
    }

    /** Whether a connection wants this key's events in this market: nothing is built for nobody. */
    private boolean listening(String apiKey, String market) {
        return sessions.all().stream().anyMatch(c -> c.wants(apiKey, market));
    }

    @Override public void onTrade(Trade trade) {
        if (sessions.isEmpty()) return;
        // One view per API key involved: the taker's, and each maker key's (a key may own several fills).
        Map<String, Boolean> owners = new LinkedHashMap<>();
        if (!trade.takerOwner().isEmpty()) owners.put(trade.takerOwner(), true);
        Set<String> makerOwners = new LinkedHashSet<>();
        for (MakerFill f : trade.makerFills()) if (!f.owner().isEmpty()) makerOwners.add(f.owner());
        makerOwners.forEach(o -> owners.putIfAbsent(o, false));
        String market = trade.market().value().toLowerCase();
        // Under the engine's lock: only which keys are listening; the frames are written on the sender thread.
        owners.keySet().removeIf(owner -> !listening(owner, market));
        if (owners.isEmpty()) return;
        long timestamp = clock.now().toEpochMilli();
        sessions.enqueue(() -> {
            for (String status : TRADE_LIFECYCLE) {
                owners.forEach((owner, asTaker) -> {
                    String text = frame(trade, owner, asTaker, status, timestamp);
                    sessions.all().forEach(c -> { if (c.wants(owner, market)) send(c, text); });
                });
            }
        });
    }

    private static String frame(Trade trade, String owner, boolean asTaker, String status, long timestamp) {
        String makerAddress = asTaker ? trade.taker().value() : trade.makerFills().stream().filter(f -> f.owner().equals(owner))
                .findFirst().map(f -> f.maker().value()).orElse("");
        // The transaction hash is known once the (simulated) settlement is mined.
        String hash = status.equals("MATCHED") ? "" : trade.transactionHash();
        ObjectNode node = Json.mapper().valueToTree(ClobViews.trade(trade, asTaker, owner, makerAddress, status, hash));
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("event_type", "trade");
        out.put("type", "TRADE");
        out.setAll(node);
        out.put("trade_owner", owner);
        out.put("timestamp", Long.toString(timestamp));
        return Json.write(out);
    }

    private void send(Connection connection, String text) { sessions.send(connection, text); }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override public void close() { sessions.close(); }
}
