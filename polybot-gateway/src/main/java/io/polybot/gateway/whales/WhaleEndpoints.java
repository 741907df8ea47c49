package io.polybot.gateway.whales;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.gateway.api.JsonBodies;
import io.polybot.gateway.api.JsonValues;
import io.polybot.gateway.api.Limits;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.gateway.auth.Principal;
import io.polybot.store.Store;
import io.polybot.store.repo.MarketSummary;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.store.repo.WhaleSort;
import io.polybot.store.repo.WhaleSummary;
import io.polybot.store.repo.WhitelistChangeRepository;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /api/whales}: the scored wallets, one wallet's record, and pinning or banning it. */
public final class WhaleEndpoints {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1000;
    static final int HISTORY_LIMIT = 200;
    static final int TRADES_LIMIT = 100;
    static final int MAX_REASON_LENGTH = 500;
    private static final Set<String> CLASSES = Set.of("informed", "market_maker", "bot", "unknown");

    public record HistoryPoint(Instant computedAt, BigDecimal score, BigDecimal sharpe, BigDecimal winRate, BigDecimal kelly,
                               BigDecimal evPerDollar) {}

    public record TradeView(String id, String market, String question, String token, String outcome, Side side, BigDecimal price,
                            BigDecimal size, BigDecimal notional, Instant time) {}

    public record ChangeView(boolean whitelisted, String reason, String actor, Instant changedAt) {}

    public record WhaleDetail(WhaleSummary whale, List<HistoryPoint> history, List<TradeView> trades, Map<String, Object> evidence,
                              List<ChangeView> changes) {}

    private final Store store;
    private final WalletScoreRepository scores;
    private final WhitelistChangeRepository changes;
    private final WhitelistDesk desk;

    public WhaleEndpoints(Store store, WhitelistDesk desk) {
        this.store = store;
        this.scores = new WalletScoreRepository(store.jdbi());
        this.changes = new WhitelistChangeRepository(store.jdbi());
        this.desk = desk;
    }

    /** {@code GET /api/whales?sort=&dir=&limit=&class=}. */
    public void list(Context ctx) {
        String sortKey = ctx.queryParam("sort");
        WhaleSort sort = sortKey == null || sortKey.isBlank() ? WhaleSort.SCORE : WhaleSort.ofKey(sortKey.trim())
                .orElseThrow(() -> new BadRequestResponse("sort must be one of " + WhaleSort.keys() + ", was '" + abbreviate(sortKey) + "'"));
        String dir = ctx.queryParam("dir");
        boolean descending;
        if (dir == null || dir.isBlank() || dir.equals("desc")) descending = true;
        else if (dir.equals("asc")) descending = false;
        else throw new BadRequestResponse("dir must be asc or desc, was '" + abbreviate(dir) + "'");
        String classification = ctx.queryParam("class");
        if (classification != null && !classification.isBlank() && !CLASSES.contains(classification))
            throw new BadRequestResponse("class must be one of informed, market_maker, bot, unknown, was '" + abbreviate(classification) + "'");
        int limit = Limits.parse(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        ctx.json(store.whaleSummaries().list(sort, descending, limit, classification == null || classification.isBlank() ? null : classification));
    }

    /** {@code GET /api/whales/{address}}: the wallet with its score history, trades, evidence and whitelist changes. */
    public void detail(Context ctx) {
        WalletAddress address = address(ctx);
        WhaleSummary whale = store.whaleSummaries().find(address)
                .orElseThrow(() -> new NotFoundResponse("no wallet " + address.value() + " has been scored or listed"));
        List<HistoryPoint> history = scores.history(address, HISTORY_LIMIT).stream()
                .map(s -> new HistoryPoint(s.computedAt(), s.score(), s.sharpe(), s.winRate(), s.kellyFraction(), s.expectedValuePerDollar()))
                .toList();
        List<WalletTrade> trades = store.walletTrades().byWallet(address, TRADES_LIMIT);
        Map<ConditionId, MarketSummary> markets = store.markets().summaries(trades.stream().map(WalletTrade::market).collect(Collectors.toSet()));
        List<TradeView> tradeViews = trades.stream().map(t -> new TradeView(t.id(), t.market().value(),
                markets.containsKey(t.market()) ? markets.get(t.market()).question() : null, t.token().value(), t.outcome(), t.side(),
                t.price().value(), t.size().shares(), t.notional().amount(), t.eventTime())).toList();
        List<ChangeView> changeViews = changes.history(address).stream()
                .map(c -> new ChangeView(c.whitelisted(), c.reason(), c.actor(), c.changedAt())).toList();
        ctx.json(new WhaleDetail(whale, history, tradeViews, JsonValues.natural(store.whaleSummaries().evidence(address)), changeViews));
    }

    public void pin(Context ctx) { act(ctx, WhitelistDesk.Action.PIN); }

    public void unpin(Context ctx) { act(ctx, WhitelistDesk.Action.UNPIN); }

    public void ban(Context ctx) { act(ctx, WhitelistDesk.Action.BAN); }

    public void unban(Context ctx) { act(ctx, WhitelistDesk.Action.UNBAN); }

    private void act(Context ctx, WhitelistDesk.Action action) {
        Principal principal = AccessControl.principal(ctx);
        WalletAddress address = address(ctx);
        JsonNode body = JsonBodies.object(ctx, "body must be JSON {\"reason\": \"...\"}");
        String reason = JsonBodies.text(body, "reason");
        if (reason == null || reason.isBlank()) throw new BadRequestResponse("a reason is required: {\"reason\": \"...\"}");
        if (reason.length() > MAX_REASON_LENGTH) throw new BadRequestResponse("reason is longer than " + MAX_REASON_LENGTH + " characters");
        ctx.json(desk.apply(action, address, principal.username(), reason.trim()));
    }

    private static WalletAddress address(Context ctx) {
        String text = ctx.pathParam("address");
        try {
            return new WalletAddress(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("wallet address must be 0x and 40 hex digits, was '" + abbreviate(text) + "'");
        }
    }

    private static String abbreviate(String text) { return text.length() <= 44 ? text : text.substring(0, 44) + "…"; }
}
