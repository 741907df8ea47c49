package io.polybot.gateway.live;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.json.Json;
import io.polybot.core.time.Clock;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.gateway.auth.Principal;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard's live socket: every event of {@code orders.events}, {@code signals} and
 * {@code dlq} goes to every signed-in socket as a {@link PushFrame}, and so does what the gateway
 * itself learns ({@link #push}: control state, risk decisions, whale and strategy changes). Each
 * gateway instance subscribes as its own broadcast group, so with several gateways every one sees
 * every event.
 */
public final class LiveHub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    static final List<Topic> TOPICS = List.of(Topic.ORDERS_EVENTS, Topic.SIGNALS, Topic.DLQ);
    private static final String PRINCIPAL = "polybot.ws.principal";
    private static final long PING_SECONDS = 15;

    private final MessageBus bus;
    private final AccessControl access;
    private final Clock clock;
    private final String instanceName;
    private final Map<WsContext, Principal> sockets = new ConcurrentHashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    public LiveHub(MessageBus bus, AccessControl access, Clock clock, String instanceName) {
        this.bus = bus;
        this.access = access;
        this.clock = clock;
        this.instanceName = instanceName;
    }

    public void start() {
        for (Topic topic : TOPICS)
            subscriptions.add(bus.subscribeBroadcast(topic, instanceName, envelope -> broadcast(topic, envelope)));
    }

    /**
     * Before the upgrade: the token comes in the {@code token} query parameter because browsers
     * cannot set headers on a WebSocket. Without a valid one the upgrade is refused with 401.
     */
    public void beforeUpgrade(Context ctx) {
        rejectForeignOrigin(ctx);
        ctx.attribute(PRINCIPAL, access.verify(ctx.queryParam("token")));
    }

    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            Principal principal = ctx.attribute(PRINCIPAL);
            if (principal == null) {
                ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, "not signed in");
                return;
            }
            sockets.put(ctx, principal);
            ctx.enableAutomaticPings(PING_SECONDS, TimeUnit.SECONDS);
            log.info("live socket opened for {} ({} open)", principal.username(), sockets.size());
        });
        // The dashboard only listens; anything it sends is ignored.
        ws.onMessage(ctx -> {});
        ws.onClose(ctx -> forget(ctx));
        ws.onError(ctx -> forget(ctx));
    }

    public int openSockets() { return sockets.size(); }

    @Override public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        sockets.keySet().forEach(ctx -> ctx.closeSession(WsCloseStatus.GOING_AWAY, "gateway stopping"));
        sockets.clear();
    }

    private void broadcast(Topic topic, Envelope<?> envelope) { push(topic.streamName(), envelope.type(), envelope.payload()); }

    /** Sends a frame to every signed-in socket. */
    public void push(String topic, String type, Object payload) {
        if (sockets.isEmpty()) return;
        String text = Json.write(new PushFrame(topic, type, payload));
        sockets.forEach((ctx, principal) -> {
            // A socket outlives its token only until the next event: then it must sign in again.
            if (!clock.now().isBefore(principal.tokenExpiresAt())) {
                forget(ctx);
                ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, "access token expired");
                return;
            }
            ctx.session.sendText(text, Callback.from(() -> {}, failure -> dropSlow(ctx, failure)));
        });
    }

    /** A socket whose send failed (too many frames queued for a slow client): it reconnects and refetches. */
    private void dropSlow(WsContext ctx, Throwable failure) {
        if (sockets.remove(ctx) == null) return;
        log.warn("dropping live socket {}: {}", ctx.sessionId(), failure.toString());
        ctx.closeSession(WsCloseStatus.TRY_AGAIN_LATER, "could not keep up");
    }

    private void forget(WsContext ctx) {
        if (sockets.remove(ctx) != null) {
            ctx.disableAutomaticPings();
            log.info("live socket closed ({} open)", sockets.size());
        }
    }

    /**
     * The token is not a cookie, so a foreign page cannot ride a session; still, a browser
     * socket from another origin has no business here.
     */
    private static void rejectForeignOrigin(Context ctx) {
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null) return; // not a browser
        String host = ctx.header(Header.HOST);
        String originHost;
        try {
            originHost = URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            throw new ForbiddenResponse("malformed origin");
        }
        if (host == null || !host.equalsIgnoreCase(originHost)) throw new ForbiddenResponse("cross-origin socket refused");
    }
}
