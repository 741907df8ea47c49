package io.polybot.execution.paper;

import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.execution.ExecutionFixtures;
import io.polybot.execution.FakeVenue;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueEvent;
import io.polybot.execution.venue.VenueEvent.TradeReport;
import io.polybot.execution.venue.VenueEvent.VenueOrderState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.polybot.execution.ExecutionFixtures.NOW;
import static io.polybot.execution.ExecutionFixtures.YES;
import static org.assertj.core.api.Assertions.assertThat;

class PaperVenueTest {
    final FakeVenue market = new FakeVenue();
    final SimulatedClock clock = new SimulatedClock(NOW);
    final List<VenueEvent> events = new CopyOnWriteArrayList<>();
    PaperVenue paper;

    @BeforeEach void setUp() {
        // Two ask levels: 100 at 0.50 and 200 at 0.52.
        market.book = ExecutionFixtures.asks(NOW, "0.50", "100", "0.52", "200");
        paper = new PaperVenue(market, Usd.of("1000"), clock);
        paper.start(events::add, () -> { });
    }

    Venue.PreparedOrder order(String signal, Side side, String limit, String size, TimeInForce tif) {
        return paper.prepare(new OrderIntent(new SignalId(signal), ExecutionFixtures.MARKET, YES, side, Price.of(limit), Size.of(size), tif),
                ExecutionFixtures.market(MarketStatus.OPEN, "e"), NOW);
    }

    @Test void aTakerWalksTheRealBookUpToItsLimitAndPaysEachLevel() {
        SubmitOutcome outcome = paper.submit(order("s1", Side.BUY, "0.52", "150", TimeInForce.FAK));

        assertThat(outcome).isInstanceOfSatisfying(SubmitOutcome.Accepted.class, a -> {
            assertThat(a.filled()).isEqualTo(Size.of("150"));
            assertThat(a.filledNotional()).isEqualTo(Usd.of("76")); // 100 x 0.50 + 50 x 0.52
            assertThat(a.tradeIds()).hasSize(2);
        });
        assertThat(events).filteredOn(TradeReport.class::isInstance).extracting(e -> ((TradeReport) e).price())
                .containsExactly(Price.of("0.50"), Price.of("0.52"));
        assertThat(paper.collateral()).isEqualTo(Usd.of("924"));
        assertThat(paper.tokenBalances(List.of(YES))).containsEntry(YES, Size.of("150"));
        // Nothing reached the real venue: it was only read.
        assertThat(market.book).isNotNull();
        assertThat(paper.order(outcome.hash()).orElseThrow().state()).isEqualTo(VenueOrderState.MATCHED);
    }

    @Test void aFakTakesWhatIsThereAndKillsTheRestWhileAFokIsAllOrNothing() {
        SubmitOutcome fak = paper.submit(order("fak", Side.BUY, "0.50", "150", TimeInForce.FAK));
        assertThat(((SubmitOutcome.Accepted) fak).filled()).isEqualTo(Size.of("100"));

        SubmitOutcome fok = paper.submit(order("fok", Side.BUY, "0.50", "150", TimeInForce.FOK));
        assertThat(fok).isInstanceOf(SubmitOutcome.Rejected.class);
        assertThat(paper.trades(List.of(YES))).hasSize(1);
    }

    @Test void theSameSignedOrderTwiceIsOneOrder() {
        Venue.PreparedOrder order = order("twice", Side.BUY, "0.50", "10", TimeInForce.FAK);
        assertThat(paper.submit(order)).isInstanceOf(SubmitOutcome.Accepted.class);
        assertThat(paper.submit(order)).isInstanceOf(SubmitOutcome.Rejected.class);
        assertThat(paper.tokenBalances(List.of(YES))).containsEntry(YES, Size.of("10"));
    }

    @Test void anOrderBeyondTheBalanceIsRejectedAsTheClobWould() {
        SubmitOutcome outcome = paper.submit(order("big", Side.BUY, "0.52", "2000", TimeInForce.FAK));
        assertThat(outcome).isInstanceOfSatisfying(SubmitOutcome.Rejected.class,
                r -> assertThat(r.message()).isEqualTo(PaperVenue.NOT_ENOUGH_BALANCE));
        assertThat(paper.collateral()).isEqualTo(Usd.of("1000"));

        SubmitOutcome sell = paper.submit(order("sell", Side.SELL, "0.40", "5", TimeInForce.FAK));
        assertThat(sell).isInstanceOf(SubmitOutcome.Rejected.class);
    }

    @Test void aGtcRestsFillsWhenTheBookCrossesItAndCancelAllCancelsWhatIsLeft() {
        SubmitOutcome outcome = paper.submit(order("rest", Side.BUY, "0.45", "80", TimeInForce.GTC));
        assertThat(outcome).isInstanceOfSatisfying(SubmitOutcome.Accepted.class,
                a -> assertThat(a.status()).isEqualTo(SubmitOutcome.VenueOrderStatus.LIVE));
        assertThat(paper.openOrders()).hasSize(1);

        market.book = ExecutionFixtures.asks(NOW.plusSeconds(5), "0.44", "30");
        paper.sweep();
        assertThat(paper.order(outcome.hash()).orElseThrow().matched()).isEqualTo(Size.of("30"));
        assertThat(paper.collateral()).isEqualTo(Usd.of("986.5")); // 30 at our 0.45

        var result = paper.cancelAll();
        assertThat(result.cancelled()).containsExactly(outcome.hash());
        assertThat(paper.openOrders()).isEmpty();
        assertThat(paper.order(outcome.hash()).orElseThrow().state()).isEqualTo(VenueOrderState.CANCELLED);
    }

    @Test void aBookThatCannotBeReadLeavesTheOutcomeUnknownAndNothingPlaced() {
        market.down = true;
        SubmitOutcome outcome = paper.submit(order("down", Side.BUY, "0.50", "10", TimeInForce.FAK));
        assertThat(outcome).isInstanceOf(SubmitOutcome.Unknown.class);
        assertThat(paper.order(outcome.hash())).isEmpty();
    }
}
