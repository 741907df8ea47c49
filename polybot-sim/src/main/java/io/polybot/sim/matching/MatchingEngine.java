package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The simulated CLOB: one price-time priority book per outcome token, the balances behind it,
 * and the rules the venue checks before accepting an order (tick grid, minimum size, balance).
 *
 * <p>Every public method is {@code synchronized}: the engine is the single writer of books and
 * balances, and HTTP handlers and the world driver call it from their own threads. A taker trades
 * at each maker's price; a BUY taker gives collateral for shares, a SELL taker shares for collateral.
 */
public final class MatchingEngine {
    private static final Logger log = LoggerFactory.getLogger(MatchingEngine.class);
    /** Finished orders kept for look-ups and duplicate detection; older ones are forgotten. */
    private static final int FINISHED_ORDERS_KEPT = 100_000;

    private final Clock clock;
    private final IdSource ids;
    private final Ledger ledger = new Ledger();
    private final Map<TokenId, TokenRules> rules = new HashMap<>();
    private final Map<TokenId, OrderBook> books = new HashMap<>();
    private final Map<TokenId, BigDecimal> lastTradePrice = new HashMap<>();
    private final Map<String, RestingOrder> live = new LinkedHashMap<>();
    private final Map<String, RestingOrder> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, RestingOrder> eldest) { return size() > FINISHED_ORDERS_KEPT; }
    };
    private final List<TradeListener> listeners = new CopyOnWriteArrayList<>();
    private long orderCounter;
    private long tradeCounter;

    /** @param idSalt makes this run's trade ids and transaction hashes distinct from other runs' */
    public MatchingEngine(Clock clock, String idSalt) {
        this.clock = clock;
        this.ids = new IdSource(idSalt);
    }

    public synchronized void list(TokenRules tokenRules) {
        rules.put(tokenRules.token(), tokenRules);
        books.putIfAbsent(tokenRules.token(), new OrderBook());
    }

    public void addListener(TradeListener listener) { listeners.add(listener); }

    public synchronized Optional<TokenRules> rules(TokenId token) { return Optional.ofNullable(rules.get(token)); }

    /** A fresh order id for orders the simulated wallets place (external orders bring their hash). */
    public synchronized String nextOrderId() { return ids.orderId(++orderCounter); }

    public synchronized PlaceResult place(OrderRequest request) {
        return place(request, false);
    }

    /** @param postOnly refuse the order if any of it would trade on arrival (makers only) */
    public synchronized PlaceResult place(OrderRequest request, boolean postOnly) {
        TokenRules tokenRules = rules.get(request.token());
        if (tokenRules == null) return new PlaceResult.Rejected(RejectReason.UNKNOWN_TOKEN, "Invalid token id");
        Optional<PlaceResult.Rejected> invalid = validate(request, tokenRules);
        if (invalid.isPresent()) return invalid.get();

        OrderBook book = books.get(request.token());
        if (postOnly && book.bestMatch(request.side(), request.price()).isPresent())
            return new PlaceResult.Rejected(RejectReason.POST_ONLY_CROSSES, "invalid post-only order: order crosses book");
        BigDecimal depth = book.depthUpTo(request.side(), request.price());
        switch (request.timeInForce()) {
            case FOK -> {
                if (depth.compareTo(request.size()) < 0) return new PlaceResult.Rejected(RejectReason.FOK_NOT_FILLED,
                        "order couldn't be fully filled. FOK orders are fully filled or killed.");
            }
            case FAK -> {
                if (depth.signum() == 0) return new PlaceResult.Rejected(RejectReason.FAK_NO_MATCH,
                        "no orders found to match with FAK order. FAK orders are partially filled or killed if no match is found.");
            }
            case GTC, GTD -> { }
        }

        Instant now = clock.now();
        RestingOrder taker = new RestingOrder(request, tokenRules, now);
        Optional<Trade> trade = match(taker, book, now);
        if (taker.remaining().signum() == 0) {
            taker.state = OrderState.MATCHED;
            finished.put(taker.id(), taker);
        } else if (request.timeInForce().immediate()) {
            // FAK: the unfilled rest is killed; the order counts as matched since it traded.
            taker.state = OrderState.MATCHED;
            finished.put(taker.id(), taker);
        } else {
            book.add(taker);
            lock(taker, taker.remaining());
            live.put(taker.id(), taker);
        }
        trade.ifPresent(this::publish);
        return new PlaceResult.Accepted(taker.view(), trade);
    }

    /** A failing listener must not undo a trade that already settled, nor keep the others from hearing of it. */
    private void publish(Trade trade) {
        for (TradeListener listener : listeners) {
            try {
                listener.onTrade(trade);
            } catch (RuntimeException e) {
                log.error("trade listener {} failed on trade {}", listener, trade.id(), e);
            }
        }
    }

    private Optional<PlaceResult.Rejected> validate(OrderRequest request, TokenRules tokenRules) {
        String id = request.orderId();
        BigDecimal price = request.price();
        if (live.containsKey(id) || finished.containsKey(id))
            return reject(RejectReason.DUPLICATE_ORDER, "order " + id + " is invalid. Duplicated.");
        if (!tokenRules.onTick(price))
            return reject(RejectReason.PRICE_OFF_TICK, "order " + id + " is invalid. Price (" + plain(price)
                    + ") breaks minimum tick size rule: " + plain(tokenRules.tickSize()));
        if (!tokenRules.inRange(price))
            return reject(RejectReason.PRICE_OUT_OF_RANGE, "order " + id + " is invalid. Price (" + plain(price) + ") is out of range: min "
                    + plain(tokenRules.tickSize()) + " - max " + plain(BigDecimal.ONE.subtract(tokenRules.tickSize())));
        if (request.size().compareTo(tokenRules.minOrderSize()) < 0)
            return reject(RejectReason.SIZE_TOO_SMALL, "order " + id + " is invalid. Size (" + plain(request.size())
                    + ") lower than the minimum: " + plain(tokenRules.minOrderSize()));
        boolean funded = request.side() == Side.BUY
                ? ledger.availablePusd(request.account()).compareTo(request.notionalAtLimit()) >= 0
                : ledger.availableShares(request.account(), request.token()).compareTo(request.size()) >= 0;
        if (!funded) return reject(RejectReason.NOT_ENOUGH_BALANCE, "not enough balance / allowance");
        return Optional.empty();
    }

    private Optional<Trade> match(RestingOrder taker, OrderBook book, Instant now) {
        Side takerSide = taker.request.side();
        List<MakerFill> fills = new ArrayList<>();
        String tradeId = null;
        BigDecimal notional = BigDecimal.ZERO;
        while (taker.remaining().signum() > 0) {
            Optional<RestingOrder> best = book.bestMatch(takerSide, taker.price());
            if (best.isEmpty()) break;
            if (tradeId == null) tradeId = ids.tradeId(++tradeCounter);
            RestingOrder maker = best.get();
            BigDecimal quantity = taker.remaining().min(maker.remaining());
            BigDecimal cost = quantity.multiply(maker.price());
            unlock(maker, quantity);
            WalletAddress buyer = takerSide == Side.BUY ? taker.request.account() : maker.request.account();
            WalletAddress seller = takerSide == Side.BUY ? maker.request.account() : taker.request.account();
            ledger.settle(buyer, seller, taker.request.token(), quantity, cost);
            maker.matched = maker.matched.add(quantity);
            taker.matched = taker.matched.add(quantity);
            maker.tradeIds.add(tradeId);
            notional = notional.add(cost);
            fills.add(new MakerFill(maker.id(), maker.request.account(), maker.request.owner(), maker.request.side(), maker.price(), quantity));
            if (maker.remaining().signum() == 0) {
                book.remove(maker);
                maker.state = OrderState.MATCHED;
                live.remove(maker.id());
                finished.put(maker.id(), maker);
            }
        }
        if (fills.isEmpty()) return Optional.empty();
        taker.tradeIds.add(tradeId);
        TokenRules r = taker.rules;
        lastTradePrice.put(r.token(), fills.getLast().price());
        return Optional.of(new Trade(tradeId, tradeCounter, r.market(), r.token(), r.outcome(), r.outcomeIndex(), takerSide,
                taker.matched, notional, taker.id(), taker.request.account(), taker.request.owner(), fills, now,
                ids.transactionHash(tradeCounter)));
    }

    /** Cancels the given orders of {@code account}; orders of other accounts count as not found. */
    public synchronized CancelResult cancel(WalletAddress account, Collection<String> orderIds) {
        List<String> canceled = new ArrayList<>();
        Map<String, String> notCanceled = new LinkedHashMap<>();
        for (String id : orderIds) {
            RestingOrder order = live.get(id);
            if (order != null && order.request.account().equals(account)) {
                cancel(order);
                canceled.add(id);
                continue;
            }
            RestingOrder done = finished.get(id);
            if (done != null && done.request.account().equals(account))
                notCanceled.put(id, done.state == OrderState.MATCHED ? "Order already matched" : "Order already canceled");
            else notCanceled.put(id, "Order not found or already canceled");
        }
        return new CancelResult(canceled, notCanceled);
    }

    public synchronized CancelResult cancelAll(WalletAddress account) {
        return cancelWhere(o -> o.request.account().equals(account));
    }

    /** Cancels {@code account}'s orders in a market and/or one of its tokens (either may be null, not both). */
    public synchronized CancelResult cancelMarket(WalletAddress account, ConditionId market, TokenId token) {
        return cancelWhere(o -> o.request.account().equals(account)
                && (market == null || o.rules.market().equals(market))
                && (token == null || o.request.token().equals(token)));
    }

    /**
     * Atomically replaces {@code account}'s resting orders on {@code token} with {@code quotes}, so
     * readers never see the book half re-quoted. Quotes that are rejected (or would cross) are returned.
     */
    public synchronized List<PlaceResult> replaceQuotes(WalletAddress account, TokenId token, List<OrderRequest> quotes) {
        cancelWhere(o -> o.request.account().equals(account) && o.request.token().equals(token));
        List<PlaceResult> results = new ArrayList<>();
        for (OrderRequest quote : quotes) {
            if (!quote.account().equals(account) || !quote.token().equals(token))
                throw new IllegalArgumentException("quote " + quote.orderId() + " is not for " + account + " on " + token);
            results.add(place(quote));
        }
        return results;
    }

    private CancelResult cancelWhere(Predicate<RestingOrder> which) {
        List<String> canceled = new ArrayList<>();
        for (RestingOrder order : List.copyOf(live.values())) {
            if (which.test(order)) {
                cancel(order);
                canceled.add(order.id());
            }
        }
        return new CancelResult(canceled, Map.of());
    }

    private void cancel(RestingOrder order) {
        books.get(order.request.token()).remove(order);
        unlock(order, order.remaining());
        order.state = OrderState.CANCELED;
        live.remove(order.id());
        finished.put(order.id(), order);
    }

    private void lock(RestingOrder order, BigDecimal shares) {
        OrderRequest r = order.request;
        if (r.side() == Side.BUY) ledger.lockPusd(r.account(), shares.multiply(r.price()));
        else ledger.lockShares(r.account(), r.token(), shares);
    }

    private void unlock(RestingOrder order, BigDecimal shares) {
        OrderRequest r = order.request;
        if (!live.containsKey(r.orderId())) return; // the taker itself holds no lock while it matches
        if (r.side() == Side.BUY) ledger.unlockPusd(r.account(), shares.multiply(r.price()));
        else ledger.unlockShares(r.account(), r.token(), shares);
    }

    public synchronized Optional<OpenOrder> order(String orderId) {
        RestingOrder order = live.containsKey(orderId) ? live.get(orderId) : finished.get(orderId);
        return Optional.ofNullable(order).map(RestingOrder::view);
    }

    /** Resting orders of one account, oldest first. */
    public synchronized List<OpenOrder> openOrders(WalletAddress account) {
        return live.values().stream().filter(o -> o.request.account().equals(account)).map(RestingOrder::view).toList();
    }

    public synchronized Optional<BookDepth> book(TokenId token) {
        OrderBook book = books.get(token);
        if (book == null) return Optional.empty();
        return Optional.of(new BookDepth(rules.get(token), book.levels(Side.BUY), book.levels(Side.SELL),
                Optional.ofNullable(lastTradePrice.get(token)), clock.now()));
    }

    public synchronized void creditPusd(WalletAddress account, BigDecimal amount) { ledger.creditPusd(account, amount); }

    public synchronized void creditShares(WalletAddress account, TokenId token, BigDecimal amount) {
        ledger.creditShares(account, token, amount);
    }

    /** Turns {@code amount} pUSD of {@code account} into {@code amount} shares of each listed outcome. */
    public synchronized void split(WalletAddress account, List<TokenId> outcomes, BigDecimal amount) {
        ledger.split(account, outcomes, amount);
    }

    public synchronized Balances balances(WalletAddress account) { return ledger.balances(account); }

    private static Optional<PlaceResult.Rejected> reject(RejectReason reason, String message) {
        return Optional.of(new PlaceResult.Rejected(reason, message));
    }

    private static String plain(BigDecimal value) { return value.stripTrailingZeros().toPlainString(); }
}
