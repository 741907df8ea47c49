package io.polybot.core;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageTypes;
import io.polybot.core.market.BookLevel;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test values for every module: deterministic ids derived from a seed, and builders whose
 * defaults describe one whale buying "Yes" at 0.50 in {@link #MARKET} at {@link #T0}.
 *
 * <pre>{@code
 * WalletTrade trade = Fixtures.whaleTrade().usd("12500").build();   // 25000 shares at 0.5
 * Signal signal = Fixtures.signal().triggeredBy(trade).build();
 * Order order = Fixtures.order().forSignal(signal).status(OrderStatus.LIVE).build();
 * }</pre>
 */
public final class Fixtures {
    /** The default event time. */
    public static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");
    public static final ConditionId MARKET = conditionId("btc-above-100k");
    public static final TokenId YES = tokenId("btc-above-100k/yes");
    public static final TokenId NO = tokenId("btc-above-100k/no");
    public static final WalletAddress WHALE = address("whale");
    public static final WalletAddress OUR_WALLET = address("polybot");

    private Fixtures() {}

    // ---- deterministic ids -------------------------------------------------------------------

    /** {@code 0x} + 64 hex, the SHA-256 of the seed. */
    public static ConditionId conditionId(String seed) { return new ConditionId("0x" + sha256Hex(seed)); }

    /** A decimal uint256, the SHA-256 of the seed read as an unsigned number. */
    public static TokenId tokenId(String seed) { return new TokenId(new BigInteger(1, sha256(seed)).toString()); }

    /** {@code 0x} + 40 hex. */
    public static WalletAddress address(String seed) { return new WalletAddress("0x" + sha256Hex(seed).substring(0, 40)); }

    public static OrderHash orderHash(String seed) { return new OrderHash("0x" + sha256Hex("order/" + seed)); }

    /** {@code 0x} + 64 hex, like a Polygon transaction hash. */
    public static String transactionHash(String seed) { return "0x" + sha256Hex("tx/" + seed); }

    /** An envelope from source "test" at {@link #T0} (received one second later) with an id derived from the seed. */
    public static <T> Envelope<T> envelope(String idSeed, T payload) {
        return new Envelope<>("env-" + idSeed, MessageTypes.nameOf(payload.getClass()), 1, "test", T0, T0.plusSeconds(1), payload);
    }

    // ---- builders ------------------------------------------------------------------------------

    public static WalletTradeBuilder whaleTrade() { return new WalletTradeBuilder(); }

    public static SignalBuilder signal() { return new SignalBuilder(); }

    public static OrderBuilder order() { return new OrderBuilder(); }

    public static FillBuilder fill() { return new FillBuilder(); }

    public static MarketBuilder market() { return new MarketBuilder(); }

    public static BookBuilder book() { return new BookBuilder(); }

    /** A trade on a public feed; {@link #usd} sets the size from a notional at the final price. */
    public static final class WalletTradeBuilder {
        private WalletAddress wallet = WHALE;
        private ConditionId market = MARKET;
        private TokenId token = YES;
        private String outcome = "Yes";
        private Side side = Side.BUY;
        private Price price = Price.of("0.5");
        private Size size = Size.of("100");
        private BigDecimal notional;
        private Instant eventTime = T0;
        private Instant receivedAt = T0.plusSeconds(1);
        private String transactionHash = Fixtures.transactionHash("whale-trade");
        private int occurrence;
        private String source = "rtds";

        public WalletTradeBuilder wallet(WalletAddress value) { wallet = value; return this; }
        public WalletTradeBuilder wallet(String seed) { return wallet(address(seed)); }
        public WalletTradeBuilder market(ConditionId value) { market = value; return this; }
        public WalletTradeBuilder token(TokenId value, String outcomeName) { token = value; outcome = outcomeName; return this; }
        public WalletTradeBuilder no() { return token(NO, "No"); }
        public WalletTradeBuilder side(Side value) { side = value; return this; }
        public WalletTradeBuilder sell() { return side(Side.SELL); }
        public WalletTradeBuilder price(String value) { price = Price.of(value); return this; }
        public WalletTradeBuilder size(String shares) { size = Size.of(shares); notional = null; return this; }
        /** Size = notional / price, rounded to 2 decimals of a share when the division is not exact. */
        public WalletTradeBuilder usd(String amount) { notional = new BigDecimal(amount); return this; }
        public WalletTradeBuilder at(Instant value) { eventTime = value; receivedAt = value.plusSeconds(1); return this; }
        public WalletTradeBuilder receivedAt(Instant value) { receivedAt = value; return this; }
        public WalletTradeBuilder transactionHash(String value) { transactionHash = value; return this; }
        public WalletTradeBuilder occurrence(int value) { occurrence = value; return this; }
        public WalletTradeBuilder source(String value) { source = value; return this; }

        public WalletTrade build() {
            Size shares = notional == null ? size : new Size(sharesFor(notional, price));
            return new WalletTrade(null, wallet, market, token, outcome, side, price, shares, eventTime, receivedAt,
                    transactionHash, occurrence, source);
        }

        private static BigDecimal sharesFor(BigDecimal notional, Price price) {
            try {
                return notional.divide(price.value());
            } catch (ArithmeticException nonTerminating) {
                return notional.divide(price.value(), 2, RoundingMode.HALF_EVEN);
            }
        }
    }

    /** A whale-copy signal; its id is {@code SignalId.of(strategy, triggerId)}. */
    public static final class SignalBuilder {
        private String strategy = "whale-copy";
        private String triggerId = "whale-trade-1";
        private ConditionId market = MARKET;
        private TokenId token = YES;
        private String outcome = "Yes";
        private Side side = Side.BUY;
        private Price referencePrice = Price.of("0.5");
        private Usd triggerNotional = Usd.of("12500");
        private String reason = "whale bought 25000 Yes at 0.5";
        private final Map<String, String> provenance = new LinkedHashMap<>(Map.of("wallet", WHALE.value()));
        private Instant createdAt = T0.plusSeconds(2);

        public SignalBuilder strategy(String value) { strategy = value; return this; }
        public SignalBuilder triggerId(String value) { triggerId = value; return this; }
        public SignalBuilder market(ConditionId value) { market = value; return this; }
        public SignalBuilder token(TokenId value, String outcomeName) { token = value; outcome = outcomeName; return this; }
        public SignalBuilder side(Side value) { side = value; return this; }
        public SignalBuilder price(String value) { referencePrice = Price.of(value); return this; }
        public SignalBuilder usd(String triggerAmount) { triggerNotional = Usd.of(triggerAmount); return this; }
        public SignalBuilder reason(String value) { reason = value; return this; }
        public SignalBuilder provenance(String key, String value) { provenance.put(key, value); return this; }
        public SignalBuilder at(Instant value) { createdAt = value; return this; }

        /** Copies the trade: same market, token, side, price and notional, triggered by its id. */
        public SignalBuilder triggeredBy(WalletTrade trade) {
            triggerId = trade.id();
            market = trade.market();
            token = trade.token();
            outcome = trade.outcome();
            side = trade.side();
            referencePrice = trade.price();
            triggerNotional = trade.notional();
            provenance.put("wallet", trade.wallet().value());
            provenance.put("trade", trade.id());
            createdAt = trade.receivedAt().plusSeconds(1);
            return this;
        }

        public Signal build() {
            return new Signal(SignalId.of(strategy, triggerId), strategy, market, token, outcome, side, referencePrice,
                    triggerNotional, reason, provenance, createdAt);
        }
    }

    /** A live GTC buy of 10 Yes at 0.5 for the default signal. */
    public static final class OrderBuilder {
        private OrderHash hash = orderHash("1");
        private SignalId signalId = signal().build().id();
        private ConditionId market = MARKET;
        private TokenId token = YES;
        private Side side = Side.BUY;
        private Price price = Price.of("0.5");
        private Size size = Size.of("10");
        private Size filled = Size.ZERO;
        private OrderStatus status = OrderStatus.LIVE;
        private TimeInForce timeInForce = TimeInForce.GTC;
        private String statusReason = "";
        private Instant createdAt = T0.plusSeconds(3);
        private Instant updatedAt = T0.plusSeconds(3);

        public OrderBuilder hash(String seed) { hash = orderHash(seed); return this; }
        public OrderBuilder signalId(SignalId value) { signalId = value; return this; }
        public OrderBuilder market(ConditionId value) { market = value; return this; }
        public OrderBuilder token(TokenId value) { token = value; return this; }
        public OrderBuilder side(Side value) { side = value; return this; }
        public OrderBuilder price(String value) { price = Price.of(value); return this; }
        public OrderBuilder size(String shares) { size = Size.of(shares); return this; }
        public OrderBuilder filled(String shares) { filled = Size.of(shares); return this; }
        public OrderBuilder status(OrderStatus value) { status = value; return this; }
        public OrderBuilder timeInForce(TimeInForce value) { timeInForce = value; return this; }
        public OrderBuilder statusReason(String value) { statusReason = value; return this; }
        public OrderBuilder at(Instant value) { createdAt = value; updatedAt = value; return this; }

        /** Same market, token, side and price as the signal; the hash is derived from the signal id. */
        public OrderBuilder forSignal(Signal signal) {
            signalId = signal.id();
            market = signal.market();
            token = signal.token();
            side = signal.side();
            price = signal.referencePrice();
            hash = orderHash(signal.id().value());
            return this;
        }

        public Order build() {
            return new Order(hash, signalId, market, token, side, price, size, filled, status, timeInForce, statusReason,
                    createdAt, updatedAt);
        }
    }

    /** A fill of 10 Yes at 0.5 without fee for the default order. */
    public static final class FillBuilder {
        private String tradeId = "trade-1";
        private OrderHash orderHash = orderHash("1");
        private ConditionId market = MARKET;
        private TokenId token = YES;
        private Side side = Side.BUY;
        private Price price = Price.of("0.5");
        private Size size = Size.of("10");
        private Usd fee = Usd.ZERO;
        private Instant eventTime = T0.plusSeconds(4);

        public FillBuilder tradeId(String value) { tradeId = value; return this; }
        public FillBuilder market(ConditionId value) { market = value; return this; }
        public FillBuilder token(TokenId value) { token = value; return this; }
        public FillBuilder side(Side value) { side = value; return this; }
        public FillBuilder buy(String shares, String atPrice) { return side(Side.BUY).size(shares).price(atPrice); }
        public FillBuilder sell(String shares, String atPrice) { return side(Side.SELL).size(shares).price(atPrice); }
        public FillBuilder price(String value) { price = Price.of(value); return this; }
        public FillBuilder size(String shares) { size = Size.of(shares); return this; }
        public FillBuilder fee(String amount) { fee = Usd.of(amount); return this; }
        public FillBuilder at(Instant value) { eventTime = value; return this; }

        public FillBuilder of(Order order) {
            orderHash = order.hash();
            market = order.market();
            token = order.token();
            side = order.side();
            price = order.price();
            size = order.size();
            return this;
        }

        public Fill build() { return new Fill(tradeId, orderHash, market, token, side, price, size, fee, eventTime); }
    }

    /** An open Yes/No market with tick 0.01 and minimum order 5, ending 30 days after {@link #T0}. */
    public static final class MarketBuilder {
        private String seed = "btc-above-100k";
        private String question = "Will Bitcoin be above $100,000 on March 31?";
        private String category = "crypto";
        private BigDecimal tickSize = new BigDecimal("0.01");
        private BigDecimal minOrderSize = new BigDecimal("5");
        private boolean negRisk;
        private Instant endDate = T0.plus(Duration.ofDays(30));
        private MarketStatus status = MarketStatus.OPEN;
        private TokenId winningToken;

        /** Derives condition id, slug and token ids from the seed; the default seed gives {@link #MARKET}, {@link #YES}, {@link #NO}. */
        public MarketBuilder seed(String value) { seed = value; return this; }
        public MarketBuilder question(String value) { question = value; return this; }
        public MarketBuilder category(String value) { category = value; return this; }
        public MarketBuilder tickSize(String value) { tickSize = new BigDecimal(value); return this; }
        public MarketBuilder minOrderSize(String value) { minOrderSize = new BigDecimal(value); return this; }
        public MarketBuilder negRisk(boolean value) { negRisk = value; return this; }
        public MarketBuilder endDate(Instant value) { endDate = value; return this; }
        public MarketBuilder closed() { status = MarketStatus.CLOSED; return this; }
        /** Resolved with the given outcome ("Yes" or "No") winning. */
        public MarketBuilder resolved(String winningOutcome) {
            status = MarketStatus.RESOLVED;
            winningToken = tokenId(seed + "/" + winningOutcome.toLowerCase(Locale.ROOT));
            return this;
        }

        public Market build() {
            List<OutcomeToken> tokens = List.of(new OutcomeToken(tokenId(seed + "/yes"), "Yes", 0),
                    new OutcomeToken(tokenId(seed + "/no"), "No", 1));
            return new Market(conditionId(seed), question, seed, seed + "-event", category, tokens, tickSize, minOrderSize,
                    negRisk, endDate, status, winningToken);
        }
    }

    /** The Yes book of {@link #MARKET}; empty until levels are added. */
    public static final class BookBuilder {
        private ConditionId market = MARKET;
        private TokenId token = YES;
        private final List<BookLevel> bids = new ArrayList<>();
        private final List<BookLevel> asks = new ArrayList<>();
        private BigDecimal tickSize = new BigDecimal("0.01");
        private BigDecimal minOrderSize = new BigDecimal("5");
        private Instant eventTime = T0;

        public BookBuilder market(ConditionId value) { market = value; return this; }
        public BookBuilder token(TokenId value) { token = value; return this; }
        public BookBuilder bid(String price, String size) { bids.add(new BookLevel(Price.of(price), Size.of(size))); return this; }
        public BookBuilder ask(String price, String size) { asks.add(new BookLevel(Price.of(price), Size.of(size))); return this; }
        public BookBuilder tickSize(String value) { tickSize = new BigDecimal(value); return this; }
        public BookBuilder at(Instant value) { eventTime = value; return this; }

        public OrderBookSnapshot build() {
            return new OrderBookSnapshot(market, token, bids, asks, tickSize, minOrderSize, eventTime);
        }
    }

    // ---- hashing -------------------------------------------------------------------------------

    private static byte[] sha256(String seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(String seed) { return HexFormat.of().formatHex(sha256(seed)); }
}
