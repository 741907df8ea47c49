package io.polybot.polymarket.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.Vectors;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real market-channel capture ({@code whalescan_real}) replayed into local books. */
class LocalOrderBookCaptureTest {
    private static final String YES = "23305969272951306317157739183583008201155714184462027894470739210983097393455";
    private static final String NO = "104425493878736059469967522531475345635535129482242136756374819053652959839920";

    @Test
    void deltasAgreeWithTheVenuesBestPricesAndAnAssetWithoutSnapshotAsksForOne() throws Exception {
        String text = Files.readString(Vectors.sharedDir().resolve("data/polymarket-ws/whalescan_real/clob_market_ws_messages.json"));
        List<BookInconsistency> resyncs = new ArrayList<>();
        LocalOrderBooks books = new LocalOrderBooks(resyncs::add);
        MarketMessageParser.parse(text).messages().forEach(books::apply);

        // Three snapshots, then three two-asset price changes for YES (snapshotted) and NO (not).
        assertThat(books.size()).isEqualTo(4);
        OrderBookView yes = books.get(YES).orElseThrow().view();
        assertThat(yes.live()).isTrue();
        assertThat(yes.bestBid()).isEqualTo(BookLevel.of("0.61", "3256.61"));
        assertThat(yes.bestAsk()).isEqualTo(BookLevel.of("0.62", "163745.06"));
        assertThat(yes.bids()).contains(BookLevel.of("0.59", "704942.22"), BookLevel.of("0.51", "90"));
        assertThat(resyncs).extracting(BookInconsistency::assetId, BookInconsistency::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NO, BookInconsistency.Kind.DELTA_BEFORE_SNAPSHOT));
    }
}
