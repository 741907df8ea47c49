package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MatchingEngineTest {
    private static final TokenId YES = new TokenId("1001");
    private static final TokenId NO = new TokenId("1002");
    private static final ConditionId MARKET = new ConditionId("0x" + "ab".repeat(32));
    private static final WalletAddress ALICE = address('a');
    private static final WalletAddress BOB = address('b');
    private static final WalletAddress CAROL = address('c');
    private static final WalletAddress TAKER = address('d');

    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final List<Trade> published = new ArrayList<>();
    private MatchingEngine engine;
    private int orderNumber;

    @BeforeEach void setUp() {
        engine = new MatchingEngine(clock, "test");
        engine.list(new TokenRules(YES, MARKET, "Yes", 0, new BigDecimal("0.01"), new BigDecimal("5")));
        engine.list(new TokenRules(NO, MARKET, "No", 1, new BigDecimal("0.01"), new BigDecimal("5")));
        engine.addListener(published::add);
        for (WalletAddress maker : List.of(ALICE, BOB, CAROL)) {
            engine.creditPusd(maker, new BigDecimal("1000"));
            engine.creditShares(maker, YES, new BigDecimal("1000"));
        }
    }

    @Test void takerBuyFillsBestPriceFirstThenOldestOrderAtThatPrice() {
        rest(BOB, Side.SELL, "0.52", "10");
        String aliceAsk = rest(ALICE, Side.SELL, "0.51", "10");
        String carolAsk = rest(CAROL, Side.SELL, "0.51", "10");
        engine.creditPusd(TAKER, new BigDecimal("100"));

        Trade trade = accepted(submit(TAKER, Side.BUY, "0.52", "25", TimeInForce.FAK)).trade().orElseThrow();

        assertThat(trade.makerFills()).extracting(MakerFill::orderId, f -> f.size().toPlainString(), f -> f.price().toPlainString())
                .containsExactly(
                        tuple(aliceAsk, "10", "0.51"),
                        tuple(carolAsk, "10", "0.51"),
                        tuple(trade.makerFills().get(2).orderId(), "5", "0.52"));
        assertThat(trade.makerFills().get(2).maker()).isEqualTo(BOB);
        assertThat(trade.size()).isEqualByComparingTo("25");
        assertThat(trade.notional()).isEqualByComparingTo("12.8");   // 20 x 0.51 + 5 x 0.52
        assertThat(trade.price()).isEqualByComparingTo("0.512");
        assertThat(trade.side()).isEqualTo(Side.BUY);
        assertThat(published).containsExactly(trade);
    }

    @Test void settlementMovesExactSharesAndCollateral() {
        rest(ALICE, Side.SELL, "0.37", "12.5");
        engine.creditPusd(TAKER, new BigDecimal("10"));

        accepted(submit(TAKER, Side.BUY, "0.37", "12.5", TimeInForce.FOK));

        assertThat(engine.balances(TAKER).pusd()).isEqualByComparingTo("5.375");
        assertThat(engine.balances(TAKER).shares(YES)).isEqualByComparingTo("12.5");
        assertThat(engine.balances(ALICE).pusd()).isEqualByComparingTo("1004.625");
        assertThat(engine.balances(ALICE).shares(YES)).isEqualByComparingTo("987.5");
        assertThat(engine.balances(ALICE).sharesLocked().get(YES)).isEqualByComparingTo("0");
    }

    @Test void gtcPartiallyFilledRestsItsRemainder() {
        rest(ALICE, Side.SELL, "0.40", "10");
        engine.creditPusd(TAKER, new BigDecimal("100"));

        PlaceResult.Accepted result = accepted(submit(TAKER, Side.BUY, "0.40", "30", TimeInForce.GTC));

        assertThat(result.matched()).isTrue();
        assertThat(result.order().state()).isEqualTo(OrderState.LIVE);
        assertThat(result.order().sizeMatched()).isEqualByComparingTo("10");
        BookDepth book = engine.book(YES).orElseThrow();
        assertThat(book.bids()).containsExactly(new BookDepth.Level(new BigDecimal("0.40"), new BigDecimal("20")));
        assertThat(book.asks()).isEmpty();
        // 10 bought for 4, 20 x 0.40 = 8 locked for the resting rest.
        assertThat(engine.balances(TAKER).availablePusd()).isEqualByComparingTo("88");
    }

    @Test void restingBuyFilledLaterAsMakerReceivesShares() {
        engine.creditPusd(TAKER, new BigDecimal("100"));
        String bid = rest(TAKER, Side.BUY, "0.45", "20");

        Trade trade = accepted(submit(ALICE, Side.SELL, "0.44", "20", TimeInForce.FAK)).trade().orElseThrow();

        assertThat(trade.makerFills()).singleElement().satisfies(f -> {
            assertThat(f.orderId()).isEqualTo(bid);
            assertThat(f.price()).isEqualByComparingTo("0.45");
        });
        assertThat(engine.order(bid).orElseThrow().state()).isEqualTo(OrderState.MATCHED);
        assertThat(engine.balances(TAKER).shares(YES)).isEqualByComparingTo("20");
        assertThat(engine.balances(TAKER).pusd()).isEqualByComparingTo("91");
        assertThat(engine.balances(TAKER).pusdLocked()).isEqualByComparingTo("0");
    }

    @Test void fokThatCannotFillCompletelyIsKilledWithoutTouchingTheBook() {
        rest(ALICE, Side.SELL, "0.50", "10");
        engine.creditPusd(TAKER, new BigDecimal("100"));

        PlaceResult result = submit(TAKER, Side.BUY, "0.50", "11", TimeInForce.FOK, "0x01");

        assertThat(result).isEqualTo(new PlaceResult.Rejected(RejectReason.FOK_NOT_FILLED,
                "order couldn't be fully filled. FOK orders are fully filled or killed."));
        assertThat(engine.book(YES).orElseThrow().asks()).containsExactly(new BookDepth.Level(new BigDecimal("0.50"), new BigDecimal("10")));
        assertThat(engine.balances(TAKER).pusd()).isEqualByComparingTo("100");
        assertThat(published).isEmpty();
    }

    @Test void fakFillsWhatIsThereAndKillsTheRest() {
        rest(ALICE, Side.SELL, "0.50", "10");
        rest(BOB, Side.SELL, "0.60", "10");
        engine.creditPusd(TAKER, new BigDecimal("100"));

        PlaceResult.Accepted result = accepted(submit(TAKER, Side.BUY, "0.55", "25", TimeInForce.FAK));

        assertThat(result.trade().orElseThrow().size()).isEqualByComparingTo("10");
        assertThat(result.order().state()).isEqualTo(OrderState.MATCHED);
        assertThat(engine.openOrders(TAKER)).isEmpty();
        assertThat(engine.book(YES).orElseThrow().bids()).isEmpty();
        assertThat(engine.balances(TAKER).availablePusd()).isEqualByComparingTo("95");
    }

    @Test void fakWithNothingToMatchIsRejected() {
        rest(ALICE, Side.SELL, "0.60", "10");
        engine.creditPusd(TAKER, new BigDecimal("100"));

        assertThat(submit(TAKER, Side.BUY, "0.55", "10", TimeInForce.FAK)).isEqualTo(new PlaceResult.Rejected(RejectReason.FAK_NO_MATCH,
                "no orders found to match with FAK order. FAK orders are partially filled or killed if no match is found."));
    }

    @Test void rejectsBuyBeyondAvailableCollateral() {
        engine.creditPusd(TAKER, new BigDecimal("10"));
        rest(TAKER, Side.BUY, "0.50", "10");    // locks 5

        PlaceResult result = submit(TAKER, Side.BUY, "0.50", "12", TimeInForce.GTC);

        assertThat(result).isEqualTo(new PlaceResult.Rejected(RejectReason.NOT_ENOUGH_BALANCE, "not enough balance / allowance"));
    }

    @Test void rejectsSellOfSharesNotHeld() {
        assertThat(submit(TAKER, Side.SELL, "0.50", "10", TimeInForce.GTC))
                .isEqualTo(new PlaceResult.Rejected(RejectReason.NOT_ENOUGH_BALANCE, "not enough balance / allowance"));
    }

    @Test void rejectsPriceOffTheTickGrid() {
        engine.creditPusd(TAKER, new BigDecimal("100"));

        PlaceResult result = submit(TAKER, Side.BUY, "0.555", "10", TimeInForce.GTC, "0xabc");

        assertThat(result).isEqualTo(new PlaceResult.Rejected(RejectReason.PRICE_OFF_TICK,
                "order 0xabc is invalid. Price (0.555) breaks minimum tick size rule: 0.01"));
    }

    @Test void rejectsSizeBelowMinimum() {
        engine.creditPusd(TAKER, new BigDecimal("100"));

        PlaceResult result = submit(TAKER, Side.BUY, "0.50", "4.99", TimeInForce.GTC, "0xabc");

        assertThat(result).isEqualTo(new PlaceResult.Rejected(RejectReason.SIZE_TOO_SMALL,
                "order 0xabc is invalid. Size (4.99) lower than the minimum: 5"));
    }

    @Test void rejectsTheSameOrderIdTwice() {
        engine.creditPusd(TAKER, new BigDecimal("100"));
        submit(TAKER, Side.BUY, "0.50", "10", TimeInForce.GTC, "0xfeed");

        assertThat(submit(TAKER, Side.BUY, "0.50", "10", TimeInForce.GTC, "0xfeed"))
                .extracting(r -> ((PlaceResult.Rejected) r).reason()).isEqualTo(RejectReason.DUPLICATE_ORDER);
    }

    @Test void cancelReleasesTheLockAndOnlyTheOwnerMayCancel() {
        engine.creditPusd(TAKER, new BigDecimal("10"));
        String bid = rest(TAKER, Side.BUY, "0.50", "10");

        CancelResult byOther = engine.cancel(ALICE, List.of(bid));
        CancelResult byOwner = engine.cancel(TAKER, List.of(bid));

        assertThat(byOther.canceled()).isEmpty();
        assertThat(byOther.notCanceled()).containsEntry(bid, "Order not found or already canceled");
        assertThat(byOwner.canceled()).containsExactly(bid);
        assertThat(engine.balances(TAKER).availablePusd()).isEqualByComparingTo("10");
        assertThat(engine.book(YES).orElseThrow().bids()).isEmpty();
        assertThat(engine.cancel(TAKER, List.of(bid)).notCanceled()).containsEntry(bid, "Order already canceled");
    }

    @Test void replaceQuotesSwapsAnAccountsOrdersOnOneToken() {
        rest(ALICE, Side.SELL, "0.60", "10");
        rest(BOB, Side.SELL, "0.61", "10");

        engine.replaceQuotes(ALICE, YES, List.of(
                new OrderRequest(engine.nextOrderId(), ALICE, "", YES, Side.SELL, new BigDecimal("0.58"), new BigDecimal("7"), TimeInForce.GTC),
                new OrderRequest(engine.nextOrderId(), ALICE, "", YES, Side.BUY, new BigDecimal("0.56"), new BigDecimal("8"), TimeInForce.GTC)));

        BookDepth book = engine.book(YES).orElseThrow();
        assertThat(book.asks()).containsExactly(new BookDepth.Level(new BigDecimal("0.58"), new BigDecimal("7")),
                new BookDepth.Level(new BigDecimal("0.61"), new BigDecimal("10")));
        assertThat(book.bids()).containsExactly(new BookDepth.Level(new BigDecimal("0.56"), new BigDecimal("8")));
        assertThat(engine.balances(ALICE).sharesLocked().get(YES)).isEqualByComparingTo("7");
    }

    @Test void tradesOfOtherTokensDoNotCross() {
        engine.creditShares(ALICE, NO, new BigDecimal("100"));
        rest(ALICE, Side.SELL, "0.40", "10");
        engine.creditPusd(TAKER, new BigDecimal("100"));

        assertThat(submit(TAKER, Side.BUY, "0.50", "10", TimeInForce.FAK, NO)).isInstanceOf(PlaceResult.Rejected.class);
        assertThat(engine.book(NO)).map(BookDepth::asks).contains(List.of());
        assertThat(engine.book(new TokenId("999"))).isEqualTo(Optional.empty());
    }

    /** Places a resting GTC order that must be accepted; returns its id. */
    private String rest(WalletAddress account, Side side, String price, String size) {
        String id = "order-" + (++orderNumber);
        assertThat(submit(account, side, price, size, TimeInForce.GTC, id)).isInstanceOf(PlaceResult.Accepted.class);
        return id;
    }

    private PlaceResult submit(WalletAddress account, Side side, String price, String size, TimeInForce tif) {
        return submit(account, side, price, size, tif, "order-" + (++orderNumber));
    }

    private PlaceResult submit(WalletAddress account, Side side, String price, String size, TimeInForce tif, String id) {
        return engine.place(new OrderRequest(id, account, "", YES, side, new BigDecimal(price), new BigDecimal(size), tif));
    }

    private PlaceResult submit(WalletAddress account, Side side, String price, String size, TimeInForce tif, TokenId token) {
        return engine.place(new OrderRequest("order-" + (++orderNumber), account, "", token, side, new BigDecimal(price), new BigDecimal(size), tif));
    }

    private static PlaceResult.Accepted accepted(PlaceResult result) {
        assertThat(result).isInstanceOf(PlaceResult.Accepted.class);
        return (PlaceResult.Accepted) result;
    }

    private static WalletAddress address(char c) { return new WalletAddress("0x" + String.valueOf(c).repeat(40)); }
}
