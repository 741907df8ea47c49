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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** GTD expiry, post-only, taker fees, YES/NO complementary matching and the engine's events. */
class MatchingEngineRulesTest {
    private static final TokenId YES = new TokenId("2001");
    private static final TokenId NO = new TokenId("2002");
    private static final ConditionId MARKET = new ConditionId("0x" + "cd".repeat(32));
    private static final WalletAddress MAKER = new WalletAddress("0x" + "a".repeat(40));
    private static final WalletAddress TAKER = new WalletAddress("0x" + "b".repeat(40));
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private final SimulatedClock clock = new SimulatedClock(START);
    private final List<OrderEvent> orderEvents = new ArrayList<>();
    private final List<BookUpdate> bookUpdates = new ArrayList<>();
    private MatchingEngine engine;
    private int orderNumber;

    @BeforeEach void setUp() {
        engine = new MatchingEngine(clock, "rules");
        engine.list(new TokenRules(YES, MARKET, "Yes", 0, new BigDecimal("0.01"), new BigDecimal("5")));
        engine.list(new TokenRules(NO, MARKET, "No", 1, new BigDecimal("0.01"), new BigDecimal("5")));
        engine.addEngineListener(new EngineListener() {
            @Override public void onOrder(OrderEvent event) { orderEvents.add(event); }
            @Override public void onBookUpdate(BookUpdate update) { bookUpdates.add(update); }
        });
        for (WalletAddress a : List.of(MAKER, TAKER)) {
            engine.creditPusd(a, new BigDecimal("1000"));
            engine.split(a, List.of(YES, NO), new BigDecimal("100"));
        }
    }

    @Test void gtdNeedsAnExpirationMoreThanSixtySecondsAhead() {
        PlaceResult tooSoon = place(MAKER, YES, Side.BUY, "0.40", "10", TimeInForce.GTD, START.plusSeconds(60));
        PlaceResult none = place(MAKER, YES, Side.BUY, "0.40", "10", TimeInForce.GTD, null);
        PlaceResult fine = place(MAKER, YES, Side.BUY, "0.40", "10", TimeInForce.GTD, START.plusSeconds(61));

        assertThat(tooSoon).isEqualTo(new PlaceResult.Rejected(RejectReason.INVALID_EXPIRATION, "invalid expiration"));
        assertThat(none).isEqualTo(new PlaceResult.Rejected(RejectReason.INVALID_EXPIRATION, "invalid expiration"));
        assertThat(fine).isInstanceOf(PlaceResult.Accepted.class);
    }

    @Test void gtdOrderLeavesTheBookAtItsExpirationAndReleasesItsCollateral() {
        String id = accepted(place(MAKER, YES, Side.BUY, "0.40", "10", TimeInForce.GTD, START.plusSeconds(120))).order().orderId();
        clock.advance(Duration.ofSeconds(119));
        engine.expireDue();
        assertThat(engine.order(id).orElseThrow().state()).isEqualTo(OrderState.LIVE);

        clock.advance(Duration.ofSeconds(1));
        engine.expireDue();

        assertThat(engine.order(id).orElseThrow().state()).isEqualTo(OrderState.CANCELED);
        assertThat(engine.book(YES).orElseThrow().bids()).isEmpty();
        assertThat(engine.balances(MAKER).pusdLocked()).isEqualByComparingTo("0");
        assertThat(orderEvents).extracting(e -> e.type(), e -> e.order().orderId())
                .containsExactly(tuple(OrderEvent.Type.PLACEMENT, id), tuple(OrderEvent.Type.CANCELLATION, id));
    }

    @Test void expiredGtdOrderNeverTradesEvenBeforeTheTimerRuns() {
        place(MAKER, YES, Side.SELL, "0.60", "10", TimeInForce.GTD, START.plusSeconds(120));
        clock.advance(Duration.ofSeconds(121));

        PlaceResult taker = place(TAKER, YES, Side.BUY, "0.60", "10", TimeInForce.FAK, null);

        assertThat(taker).isEqualTo(new PlaceResult.Rejected(RejectReason.FAK_NO_MATCH,
                "no orders found to match with FAK order. FAK orders are partially filled or killed if no match is found."));
    }

    @Test void postOnlyOrderThatWouldCrossIsRejectedAndOneThatRestsIsAccepted() {
        place(MAKER, YES, Side.SELL, "0.60", "10", TimeInForce.GTC, null);

        PlaceResult crossing = engine.place(request(TAKER, YES, Side.BUY, "0.60", "10", TimeInForce.GTC, null), true);
        PlaceResult resting = engine.place(request(TAKER, YES, Side.BUY, "0.59", "10", TimeInForce.GTC, null), true);

        assertThat(crossing).isEqualTo(new PlaceResult.Rejected(RejectReason.POST_ONLY_CROSSES, "invalid post-only order: order crosses book"));
        assertThat(accepted(resting).order().state()).isEqualTo(OrderState.LIVE);
    }

    @Test void postOnlyCrossingTheComplementaryBookIsRejected() {
        place(MAKER, NO, Side.BUY, "0.45", "10", TimeInForce.GTC, null); // pairs with a YES buy at >= 0.55

        PlaceResult crossing = engine.place(request(TAKER, YES, Side.BUY, "0.55", "10", TimeInForce.GTC, null), true);

        assertThat(crossing).isInstanceOf(PlaceResult.Rejected.class);
    }

    @Test void postOnlyIsNotAllowedOnImmediateOrders() {
        PlaceResult fok = engine.place(request(TAKER, YES, Side.BUY, "0.50", "10", TimeInForce.FOK, null), true);

        assertThat(fok).extracting(r -> ((PlaceResult.Rejected) r).reason()).isEqualTo(RejectReason.POST_ONLY_NOT_ALLOWED);
    }

    @Test void takerPaysTheMarketFeeOnTopOfABuyAndTheMakerPaysNothing() {
        engine.setTerms(MARKET, MarketTerms.DEFAULT.withFees(new FeeSchedule(new BigDecimal("0.25"), 2, true)));
        place(MAKER, YES, Side.SELL, "0.60", "100", TimeInForce.GTC, null);

        Trade trade = accepted(place(TAKER, YES, Side.BUY, "0.60", "100", TimeInForce.FOK, null)).trade().orElseThrow();

        // 100 shares x 0.25 x (0.6 x 0.4)^2 = 1.44
        assertThat(trade.fee()).isEqualByComparingTo("1.44");
        assertThat(trade.feeRateBps()).isEqualByComparingTo("240");
        assertThat(engine.balances(TAKER).pusd()).isEqualByComparingTo("838.56"); // 900 - 60 - 1.44
        assertThat(engine.balances(MAKER).pusd()).isEqualByComparingTo("960");
        assertThat(engine.balances(MatchingEngine.FEE_COLLECTOR).pusd()).isEqualByComparingTo("1.44");
    }

    @Test void sellTakerFeeComesOutOfTheProceeds() {
        engine.setTerms(MARKET, MarketTerms.DEFAULT.withFees(new FeeSchedule(new BigDecimal("0.25"), 2, true)));
        place(MAKER, YES, Side.BUY, "0.50", "100", TimeInForce.GTC, null);

        Trade trade = accepted(place(TAKER, YES, Side.SELL, "0.50", "100", TimeInForce.FOK, null)).trade().orElseThrow();

        // 100 x 0.25 x 0.25^2 = 1.5625
        assertThat(trade.fee()).isEqualByComparingTo("1.5625");
        assertThat(engine.balances(TAKER).pusd()).isEqualByComparingTo("948.4375"); // 900 + 50 - 1.5625
    }

    @Test void buyMustCoverItsFeeAtTheLimitPrice() {
        engine.setTerms(MARKET, MarketTerms.DEFAULT.withFees(new FeeSchedule(new BigDecimal("0.25"), 2, true)));
        WalletAddress poor = new WalletAddress("0x" + "c".repeat(40));
        engine.creditPusd(poor, new BigDecimal("60")); // 100 x 0.60 exactly, nothing left for the 1.44 fee

        PlaceResult result = place(poor, YES, Side.BUY, "0.60", "100", TimeInForce.GTC, null);

        assertThat(result).isEqualTo(new PlaceResult.Rejected(RejectReason.NOT_ENOUGH_BALANCE, "not enough balance / allowance"));
    }

    @Test void buyYesMatchesARestingBuyNoByMintingThePair() {
        String noBid = accepted(place(MAKER, NO, Side.BUY, "0.45", "10", TimeInForce.GTC, null)).order().orderId();

        Trade trade = accepted(place(TAKER, YES, Side.BUY, "0.55", "10", TimeInForce.FOK, null)).trade().orElseThrow();

        assertThat(trade.makerFills()).extracting(MakerFill::orderId, MakerFill::token, MakerFill::side, f -> f.price().toPlainString())
                .containsExactly(tuple(noBid, NO, Side.BUY, "0.45"));
        assertThat(trade.price()).isEqualByComparingTo("0.55");
        // Taker paid 5.50 for 10 YES, maker 4.50 for 10 NO: one pUSD per minted pair.
        assertThat(engine.balances(TAKER).pusd()).isEqualByComparingTo("894.50");
        assertThat(engine.balances(TAKER).shares(YES)).isEqualByComparingTo("110");
        assertThat(engine.balances(MAKER).pusd()).isEqualByComparingTo("895.50");
        assertThat(engine.balances(MAKER).shares(NO)).isEqualByComparingTo("110");
        assertThat(engine.balances(MAKER).pusdLocked()).isEqualByComparingTo("0");
    }

    @Test void sellYesMatchesARestingSellNoByMergingThePair() {
        place(MAKER, NO, Side.SELL, "0.45", "10", TimeInForce.GTC, null);

        Trade trade = accepted(place(TAKER, YES, Side.SELL, "0.55", "10", TimeInForce.FOK, null)).trade().orElseThrow();

        assertThat(trade.notional()).isEqualByComparingTo("5.50");
        assertThat(engine.balances(TAKER).pusd()).isEqualByComparingTo("905.50");
        assertThat(engine.balances(TAKER).shares(YES)).isEqualByComparingTo("90");
        assertThat(engine.balances(MAKER).pusd()).isEqualByComparingTo("904.50");
        assertThat(engine.balances(MAKER).shares(NO)).isEqualByComparingTo("90");
    }

    @Test void takerGetsTheBetterOfTheDirectAndTheComplementaryPrice() {
        place(MAKER, YES, Side.SELL, "0.57", "10", TimeInForce.GTC, null);
        place(MAKER, NO, Side.BUY, "0.44", "10", TimeInForce.GTC, null); // YES at 0.56 by minting

        Trade trade = accepted(place(TAKER, YES, Side.BUY, "0.57", "15", TimeInForce.FOK, null)).trade().orElseThrow();

        assertThat(trade.makerFills()).extracting(MakerFill::token, f -> f.size().toPlainString()).containsExactly(tuple(NO, "10"), tuple(YES, "5"));
        assertThat(trade.notional()).isEqualByComparingTo("8.45"); // 10 x 0.56 + 5 x 0.57
    }

    @Test void fokCountsComplementaryDepth() {
        place(MAKER, YES, Side.SELL, "0.60", "5", TimeInForce.GTC, null);
        place(MAKER, NO, Side.BUY, "0.40", "5", TimeInForce.GTC, null);

        PlaceResult result = place(TAKER, YES, Side.BUY, "0.60", "10", TimeInForce.FOK, null);

        assertThat(accepted(result).order().sizeMatched()).isEqualByComparingTo("10");
    }

    @Test void bookUpdatesCarryTheNewLevelSizeAndTheTouch() {
        place(MAKER, YES, Side.SELL, "0.60", "10", TimeInForce.GTC, null);
        place(MAKER, YES, Side.BUY, "0.40", "10", TimeInForce.GTC, null);
        bookUpdates.clear();

        place(TAKER, YES, Side.BUY, "0.60", "5", TimeInForce.FAK, null);

        assertThat(bookUpdates).singleElement().satisfies(u -> {
            assertThat(u.market()).isEqualTo(MARKET);
            assertThat(u.changes()).singleElement().satisfies(c -> {
                assertThat(c.token()).isEqualTo(YES);
                assertThat(c.side()).isEqualTo(Side.SELL);
                assertThat(c.price()).isEqualByComparingTo("0.60");
                assertThat(c.size()).isEqualByComparingTo("5");
                assertThat(c.bestBid()).contains(new BigDecimal("0.40"));
                assertThat(c.bestAsk()).contains(new BigDecimal("0.60"));
            });
        });
    }

    @Test void restingMakerGetsAnUpdateWhenFilled() {
        String ask = accepted(place(MAKER, YES, Side.SELL, "0.60", "10", TimeInForce.GTC, null)).order().orderId();
        orderEvents.clear();

        place(TAKER, YES, Side.BUY, "0.60", "10", TimeInForce.FOK, null);

        assertThat(orderEvents).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(OrderEvent.Type.UPDATE);
            assertThat(e.order().orderId()).isEqualTo(ask);
            assertThat(e.order().state()).isEqualTo(OrderState.MATCHED);
        });
    }

    @Test void cancelAllOwnedCancelsOnlyThatKeysOrders() {
        String mine = accepted(engine.place(new OrderRequest("0x01", MAKER, "key-1", YES, Side.BUY, new BigDecimal("0.40"),
                new BigDecimal("10"), TimeInForce.GTC))).order().orderId();
        String theirs = accepted(engine.place(new OrderRequest("0x02", MAKER, "key-2", YES, Side.BUY, new BigDecimal("0.41"),
                new BigDecimal("10"), TimeInForce.GTC))).order().orderId();

        CancelResult result = engine.cancelAllOwned(List.of("key-1"));

        assertThat(result.canceled()).containsExactly(mine);
        assertThat(engine.order(theirs).orElseThrow().state()).isEqualTo(OrderState.LIVE);
    }

    private PlaceResult place(WalletAddress account, TokenId token, Side side, String price, String size, TimeInForce tif, Instant expiration) {
        return engine.place(request(account, token, side, price, size, tif, expiration));
    }

    private OrderRequest request(WalletAddress account, TokenId token, Side side, String price, String size, TimeInForce tif, Instant expiration) {
        return new OrderRequest("order-" + (++orderNumber), account, "", token, side, new BigDecimal(price), new BigDecimal(size), tif,
                Optional.ofNullable(expiration));
    }

    private static PlaceResult.Accepted accepted(PlaceResult result) {
        assertThat(result).isInstanceOf(PlaceResult.Accepted.class);
        return (PlaceResult.Accepted) result;
    }
}
