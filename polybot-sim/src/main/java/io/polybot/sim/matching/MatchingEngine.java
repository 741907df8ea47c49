package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The simulated CLOB: one price-time priority book per outcome token, the balances behind it,
 * and the rules the venue checks before accepting an order (tick grid, minimum size, GTD expiry,
 * post-only, balance including the taker fee).
 *
 * <p>Every public method is {@code synchronized}: the engine is the single writer of books and
 * balances, and HTTP handlers and the world driver call it from their own threads. A taker trades
 * at each maker's price. As on the CTF exchange, a taker also matches the complementary book of a
 * binary market: a BUY of one outcome at p against a BUY of the other at q >= 1 - p mints the pair,
 * a SELL at p against a SELL of the other at q <= 1 - p merges it; the taker pays or gets 1 - q.
 */
public final class MatchingEngine {
    /** Finished orders kept for look-ups and duplicate detection; older ones are forgotten. */
    private static final int FINISHED_ORDERS_KEPT = 100_000;
    /** The venue's GTD security threshold (PROTOCOL §3.6): an expiration must lie beyond it. */
    public static final Duration GTD_MIN_LIFETIME = Duration.ofSeconds(60);
    /** Where taker fees go; an address no wallet signs for. */
    public static final WalletAddress FEE_COLLECTOR = new WalletAddress("0x000000000000000000000000000000000000fee0");

    private final Clock clock;
    private final IdSource ids;
    private final Ledger ledger = new Ledger();
    private final Map<TokenId, TokenRules> rules = new HashMap<>();
    private final Map<TokenId, OrderBook> books = new HashMap<>();
    private final Map<ConditionId, List<TokenId>> marketTokens = new HashMap<>();
    private final Map<ConditionId, MarketTerms> terms = new HashMap<>();
    private final Map<TokenId, BigDecimal> lastTradePrice = new HashMap<>();
    private final Map<String, RestingOrder> live = new LinkedHashMap<>();
    private final Map<String, RestingOrder> finished = new LinkedHashMap<>(16, 0.75f, false) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, RestingOrder> eldest) { return size() > FINISHED_ORDERS_KEPT; }
    };
    private final PriorityQueue<RestingOrder> expiring = new PriorityQueue<>(
            Comparator.comparing((RestingOrder o) -> o.request.expiration().orElseThrow()));
    private final EventBuffer events = new EventBuffer();
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
        List<TokenId> tokens = marketTokens.computeIfAbsent(tokenRules.market(), m -> new ArrayList<>());
        if (!tokens.contains(tokenRules.token())) tokens.add(tokenRules.token());
    }

    public void addListener(TradeListener listener) { events.tradeListeners.add(listener); }

    public void addEngineListener(EngineListener listener) { events.engineListeners.add(listener); }

    public synchronized Optional<TokenRules> rules(TokenId token) { return Optional.ofNullable(rules.get(token)); }

    public synchronized MarketTerms terms(ConditionId market) { return terms.getOrDefault(market, MarketTerms.DEFAULT); }

    public synchronized void setTerms(ConditionId market, MarketTerms marketTerms) { terms.put(market, marketTerms); }

    /** Changes a token's tick size live (the venue does so near 0 and 1); resting orders stay. */
    public synchronized void changeTickSize(TokenId token, BigDecimal tickSize) {
        TokenRules old = rules.get(token);
        if (old == null) throw new IllegalArgumentException("unknown token " + token);
        rules.put(token, old.withTickSize(tickSize));
        Instant now = clock.now();
        EventBuffer.each(events.engineListeners, l -> l.onTickSizeChange(rules.get(token), old.tickSize(), now));
    }

    /** A fresh order id for orders the simulated wallets place (external orders bring their hash). */
    public synchronized String nextOrderId() { return ids.orderId(++orderCounter); }

    public synchronized PlaceResult place(OrderRequest request) {
        return place(request, false);
    }

    /** @param postOnly refuse the order if any of it would trade on arrival (makers only; GTC and GTD) */
    public synchronized PlaceResult place(OrderRequest request, boolean postOnly) {
        Instant now = clock.now();
        expireDue(now);
        TokenRules tokenRules = rules.get(request.token());
        if (tokenRules == null) return new PlaceResult.Rejected(RejectReason.UNKNOWN_TOKEN, "Invalid token id");
        Optional<PlaceResult.Rejected> invalid = validate(request, tokenRules, postOnly, now);
        if (invalid.isPresent()) return invalid.get();

        OrderBook book = books.get(request.token());
        OrderBook complement = complementBook(request.token());
        if (postOnly && bestMaker(request.side(), request.price(), book, complement).isPresent())
            return new PlaceResult.Rejected(RejectReason.POST_ONLY_CROSSES, "invalid post-only order: order crosses book");
        // Only FOK (all of the size) and FAK (any) read the depth.
        BigDecimal depth = book.depthUpTo(request.side(), request.price(), request.size());
        if (complement != null && depth.compareTo(request.size()) < 0)
            depth = depth.add(complement.depthUpTo(request.side().opposite(), BigDecimal.ONE.subtract(request.price()), request.size()));
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

        RestingOrder taker = new RestingOrder(request, tokenRules, now);
        Optional<Trade> trade = match(taker, book, complement, now);
        if (taker.remaining().signum() == 0 || request.timeInForce().immediate()) {
            // FAK: the unfilled rest is killed; the order counts as matched since it traded.
            taker.state = OrderState.MATCHED;
            finished.put(taker.id(), taker);
        } else {
            book.add(taker);
            lock(taker, taker.remaining());
            live.put(taker.id(), taker);
            if (request.expiration().isPresent()) expiring.add(taker);
            events.level(taker);
            events.order(OrderEvent.Type.PLACEMENT, taker);
        }
        trade.ifPresent(events::trade);
        events.flush(books::get, now);
        return new PlaceResult.Accepted(taker.view(), trade);
    }

    private Optional<PlaceResult.Rejected> validate(OrderRequest request, TokenRules tokenRules, boolean postOnly, Instant now) {
        String id = request.orderId();
        BigDecimal price = request.price();
        if (live.containsKey(id) || finished.containsKey(id))
            return reject(RejectReason.DUPLICATE_ORDER, "order " + id + " is invalid. Duplicated.");
        if (postOnly && request.timeInForce().immediate())
            return reject(RejectReason.POST_ONLY_NOT_ALLOWED, "invalid post-only order: only GTC and GTD orders may be post-only");
        if (request.timeInForce() == TimeInForce.GTD
                && request.expiration().filter(e -> e.isAfter(now.plus(GTD_MIN_LIFETIME))).isEmpty())
            return reject(RejectReason.INVALID_EXPIRATION, "invalid expiration");
        if (!tokenRules.onTick(price))
            return reject(RejectReason.PRICE_OFF_TICK, "order " + id + " is invalid. Price (" + plain(price)
                    + ") breaks minimum tick size rule: " + plain(tokenRules.tickSize()));
        if (!tokenRules.inRange(price))
            return reject(RejectReason.PRICE_OUT_OF_RANGE, "order " + id + " is invalid. Price (" + plain(price) + ") is out of range: min "
                    + plain(tokenRules.tickSize()) + " - max " + plain(BigDecimal.ONE.subtract(tokenRules.tickSize())));
        if (request.size().compareTo(tokenRules.minOrderSize()) < 0)
            return reject(RejectReason.SIZE_TOO_SMALL, "order " + id + " is invalid. Size (" + plain(request.size())
                    + ") lower than the minimum: " + plain(tokenRules.minOrderSize()));
        // A BUY must also cover the taker fee it would owe if it all filled at its limit.
        BigDecimal fee = terms(tokenRules.market()).fees().fee(request.size(), price);
        boolean funded = request.side() == Side.BUY
                ? ledger.availablePusd(request.account()).compareTo(request.notionalAtLimit().add(fee)) >= 0
                : ledger.availableShares(request.account(), request.token()).compareTo(request.size()) >= 0;
        if (!funded) return reject(RejectReason.NOT_ENOUGH_BALANCE, "not enough balance / allowance");
        return Optional.empty();
    }

    /** The resting order a taker trades with next: the better effective price, then the older order. */
    private record Maker(RestingOrder order, boolean complementary, BigDecimal takerPrice) {}

    private Optional<Maker> bestMaker(Side takerSide, BigDecimal limit, OrderBook book, OrderBook complement) {
        Optional<Maker> direct = book.bestMatch(takerSide, limit).map(o -> new Maker(o, false, o.price()));
        if (complement == null) return direct;
        // The other outcome's same-side orders: a BUY at p pairs with a BUY at q >= 1 - p.
        Optional<Maker> paired = complement.bestMatch(takerSide.opposite(), BigDecimal.ONE.subtract(limit))
                .map(o -> new Maker(o, true, BigDecimal.ONE.subtract(o.price())));
        if (direct.isEmpty()) return paired;
        if (paired.isEmpty()) return direct;
        int cmp = direct.get().takerPrice().compareTo(paired.get().takerPrice());
        if (takerSide == Side.SELL) cmp = -cmp;
        if (cmp != 0) return cmp < 0 ? direct : paired;
        return paired.get().order().createdAt.isBefore(direct.get().order().createdAt) ? paired : direct;
    }

    private Optional<Trade> match(RestingOrder taker, OrderBook book, OrderBook complement, Instant now) {
        Side takerSide = taker.request.side();
        WalletAddress takerAccount = taker.request.account();
        FeeSchedule fees = terms(taker.rules.market()).fees();
        List<MakerFill> fills = new ArrayList<>();
        String tradeId = null;
        BigDecimal notional = BigDecimal.ZERO;
        BigDecimal fee = BigDecimal.ZERO;
        BigDecimal lastPrice = null;
        while (taker.remaining().signum() > 0) {
            Optional<Maker> best = bestMaker(takerSide, taker.price(), book, complement);
            if (best.isEmpty()) break;
            if (tradeId == null) tradeId = ids.tradeId(++tradeCounter);
            RestingOrder maker = best.get().order();
            BigDecimal quantity = taker.remaining().min(maker.remaining());
            BigDecimal takerCost = quantity.multiply(best.get().takerPrice());
            unlock(maker, quantity);
            settle(taker, maker, best.get().complementary(), quantity, takerCost);
            BigDecimal fillFee = fees.fee(quantity, best.get().takerPrice());
            ledger.transferPusd(takerAccount, FEE_COLLECTOR, fillFee);
            fee = fee.add(fillFee);
            maker.matched = maker.matched.add(quantity);
            taker.matched = taker.matched.add(quantity);
            maker.tradeIds.add(tradeId);
            notional = notional.add(takerCost);
            lastPrice = best.get().takerPrice();
            lastTradePrice.put(maker.request.token(), maker.price());
            fills.add(new MakerFill(maker.id(), maker.request.account(), maker.request.owner(), maker.request.side(), maker.price(),
                    quantity, maker.request.token()));
            if (maker.remaining().signum() == 0) {
                books.get(maker.request.token()).remove(maker);
                maker.state = OrderState.MATCHED;
                live.remove(maker.id());
                finished.put(maker.id(), maker);
            }
            events.level(maker);
            events.order(OrderEvent.Type.UPDATE, maker);
        }
        if (fills.isEmpty()) return Optional.empty();
        taker.tradeIds.add(tradeId);
        TokenRules r = taker.rules;
        lastTradePrice.put(r.token(), lastPrice);
        return Optional.of(new Trade(tradeId, tradeCounter, r.market(), r.token(), r.outcome(), r.outcomeIndex(), takerSide,
                taker.matched, notional, taker.id(), takerAccount, taker.request.owner(), fills, now,
                ids.transactionHash(tradeCounter), fee));
    }

    /** Moves shares and collateral for one fill: a plain swap, or a minted or merged complementary pair. */
    private void settle(RestingOrder taker, RestingOrder maker, boolean complementary, BigDecimal quantity, BigDecimal takerCost) {
        WalletAddress t = taker.request.account();
        WalletAddress m = maker.request.account();
        BigDecimal makerCost = quantity.multiply(maker.price());
        if (!complementary) {
            if (taker.request.side() == Side.BUY) ledger.settle(t, m, taker.request.token(), quantity, takerCost);
            else ledger.settle(m, t, taker.request.token(), quantity, takerCost);
        } else if (taker.request.side() == Side.BUY) {
            ledger.mint(t, taker.request.token(), takerCost, m, maker.request.token(), makerCost, quantity);
        } else {
            ledger.merge(t, taker.request.token(), takerCost, m, maker.request.token(), makerCost, quantity);
        }
    }

    /** Cancels GTD orders whose expiration has passed; the server also calls it on a timer. */
    public synchronized void expireDue() {
        Instant now = clock.now();
        expireDue(now);
        events.flush(books::get, now);
    }

    private void expireDue(Instant now) {
        while (!expiring.isEmpty() && !expiring.peek().request.expiration().orElseThrow().isAfter(now)) {
            RestingOrder order = expiring.poll();
            if (live.containsKey(order.id())) cancel(order);
        }
    }

    /** Cancels the given orders of {@code account}; orders of other accounts count as not found. */
    public synchronized CancelResult cancel(WalletAddress account, Collection<String> orderIds) {
        return cancelIds(o -> o.request.account().equals(account), orderIds);
    }

    /** Cancels the given orders placed with one of {@code apiKeys}; others count as not found. */
    public synchronized CancelResult cancelOwned(Collection<String> apiKeys, Collection<String> orderIds) {
        return cancelIds(o -> apiKeys.contains(o.request.owner()), orderIds);
    }

    private CancelResult cancelIds(Predicate<RestingOrder> mine, Collection<String> orderIds) {
        List<String> canceled = new ArrayList<>();
        Map<String, String> notCanceled = new LinkedHashMap<>();
        for (String id : orderIds) {
            RestingOrder order = live.get(id);
            if (order != null && mine.test(order)) {
                cancel(order);
                canceled.add(id);
                continue;
            }
            RestingOrder done = finished.get(id);
            if (done != null && mine.test(done))
                notCanceled.put(id, done.state == OrderState.MATCHED ? "Order already matched" : "Order already canceled");
            else notCanceled.put(id, "Order not found or already canceled");
        }
        events.flush(books::get, clock.now());
        return new CancelResult(canceled, notCanceled);
    }

    public synchronized CancelResult cancelAll(WalletAddress account) {
        return cancelWhere(o -> o.request.account().equals(account));
    }

    /** Cancels every order placed with one of {@code apiKeys} (cancel-all, and the heartbeat dead-man). */
    public synchronized CancelResult cancelAllOwned(Collection<String> apiKeys) {
        return cancelWhere(o -> apiKeys.contains(o.request.owner()));
    }

    /** Cancels {@code account}'s orders in a market and/or one of its tokens (either may be null, not both). */
    public synchronized CancelResult cancelMarket(WalletAddress account, ConditionId market, TokenId token) {
        return cancelWhere(o -> o.request.account().equals(account) && inMarket(o, market, token));
    }

    public synchronized CancelResult cancelMarketOwned(Collection<String> apiKeys, ConditionId market, TokenId token) {
        return cancelWhere(o -> apiKeys.contains(o.request.owner()) && inMarket(o, market, token));
    }

    private static boolean inMarket(RestingOrder o, ConditionId market, TokenId token) {
        return (market == null || o.rules.market().equals(market)) && (token == null || o.request.token().equals(token));
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

    private CancelResult cancelWhere(Predicate<RestingOrder> which) { return cancelWhere(which, OrderState.CANCELED); }

    private CancelResult cancelWhere(Predicate<RestingOrder> which, OrderState as) {
        List<String> canceled = new ArrayList<>();
        for (RestingOrder order : List.copyOf(live.values())) {
            if (which.test(order)) {
                cancel(order, as);
                canceled.add(order.id());
            }
        }
        events.flush(books::get, clock.now());
        return new CancelResult(canceled, Map.of());
    }

    private void cancel(RestingOrder order) { cancel(order, OrderState.CANCELED); }

    private void cancel(RestingOrder order, OrderState as) {
        books.get(order.request.token()).remove(order);
        unlock(order, order.remaining());
        order.state = as;
        live.remove(order.id());
        finished.put(order.id(), order);
        events.level(order);
        events.order(OrderEvent.Type.CANCELLATION, order);
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

    /** The other outcome's book of a binary market, or null when there is no single complement. */
    private OrderBook complementBook(TokenId token) {
        List<TokenId> tokens = marketTokens.get(rules.get(token).market());
        if (tokens == null || tokens.size() != 2) return null;
        return books.get(tokens.get(0).equals(token) ? tokens.get(1) : tokens.get(0));
    }

    public synchronized Optional<OpenOrder> order(String orderId) {
        RestingOrder order = live.containsKey(orderId) ? live.get(orderId) : finished.get(orderId);
        return Optional.ofNullable(order).map(RestingOrder::view);
    }

    /** Resting orders of one account, oldest first. */
    public synchronized List<OpenOrder> openOrders(WalletAddress account) {
        return live.values().stream().filter(o -> o.request.account().equals(account)).map(RestingOrder::view).toList();
    }

    /** Resting orders placed with one of {@code apiKeys}, oldest first. */
    public synchronized List<OpenOrder> openOrdersOwned(Collection<String> apiKeys) {
        return live.values().stream().filter(o -> apiKeys.contains(o.request.owner())).map(RestingOrder::view).toList();
    }

    /** The lowest ask of the token's book, without copying the book. */
    public synchronized Optional<BigDecimal> bestAsk(TokenId token) {
        OrderBook book = books.get(token);
        return book == null ? Optional.empty() : book.best(Side.SELL);
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

    /**
     * Market resolution (PROTOCOL §7.4), the one hook the world's {@code resolution.Settlement} needs:
     * the first call cancels every live order in {@code market}, whoever placed it, and delists its
     * tokens (the venue drops a resolved market's books: new orders are refused as unknown tokens);
     * every call then redeems {@code holders}: all their shares of the market's tokens are burned
     * (moved to the Conditional Tokens contract) for {@code payoutPerShare} pUSD each, 1 for the
     * winning token and 0 for the losing one. Returns the shares burned per holder and token.
     */
    public synchronized Map<WalletAddress, Map<TokenId, BigDecimal>> settle(ConditionId market, Map<TokenId, BigDecimal> payoutPerShare,
                                                                          Collection<WalletAddress> holders) {
        List<TokenId> tokens = marketTokens.getOrDefault(market, List.of());
        if (tokens.stream().anyMatch(rules::containsKey)) {
            cancelWhere(o -> o.rules.market().equals(market), OrderState.CANCELED_MARKET_RESOLVED);
            tokens.forEach(t -> { rules.remove(t); books.remove(t); });
        }
        WalletAddress conditionalTokens = new WalletAddress("0x4d97dcd97ec945f40cf65f87097ace5ea0476045");
        Map<WalletAddress, Map<TokenId, BigDecimal>> burned = new LinkedHashMap<>();
        for (WalletAddress holder : holders) {
            for (TokenId token : tokens) {
                BigDecimal shares = ledger.balances(holder).shares(token);
                if (shares.signum() <= 0) continue;
                ledger.settle(conditionalTokens, holder, token, shares, BigDecimal.ZERO);
                ledger.creditPusd(holder, shares.multiply(payoutPerShare.getOrDefault(token, BigDecimal.ZERO)));
                burned.computeIfAbsent(holder, h -> new LinkedHashMap<>()).put(token, shares);
            }
        }
        return burned;
    }

    public synchronized Balances balances(WalletAddress account) { return ledger.balances(account); }

    private static Optional<PlaceResult.Rejected> reject(RejectReason reason, String message) {
        return Optional.of(new PlaceResult.Rejected(reason, message));
    }

    private static String plain(BigDecimal value) { return value.stripTrailingZeros().toPlainString(); }
}
