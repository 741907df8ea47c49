package io.polybot.ingest.backfill;

import io.polybot.core.market.Market;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.ingest.trades.TradeNormaliser;
import io.polybot.polymarket.data.DataApiClient;
import io.polybot.polymarket.data.DataTrade;
import io.polybot.polymarket.data.TradeQuery;
import io.polybot.polymarket.parse.ParsedRows;
import io.polybot.store.repo.MarketRepository;
import io.polybot.store.repo.WalletTradeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills the store with every wallet's trades from the Data API, market by market: on start and
 * after every gap or stale alarm of the live feed (ARCHITECTURE §4). Rows go through the same
 * {@link TradeNormaliser} rules as RTDS, so a fill both sources delivered has one id and is stored
 * once. Backfilled trades go to the store only, never on {@code md.trades}: they are history to
 * score, not news to trade on.
 *
 * <p><b>Maker or taker.</b> {@code takerOnly=true} lists each fill once on its taker side;
 * {@code takerOnly=false} adds a row per maker order filled. Asking both, the rows only the second
 * answer has are the maker fills: stored with {@code maker = true}, the others {@code false}.
 */
public final class Backfill {
    private static final Logger log = LoggerFactory.getLogger(Backfill.class);
    private static final int PAGE = TradeQuery.MAX_LIMIT;

    /** What one run did. */
    public record Report(int markets, int rows, int stored, int makerRows, int rejected) {}

    private final DataApiClient data;
    private final MarketRepository markets;
    private final WalletTradeRepository trades;
    private final Clock clock;
    private final int maxRowsPerMarket;

    /** @param maxRowsPerMarket per market and per query; the Data API pages at most to offset 10,000 */
    public Backfill(DataApiClient data, MarketRepository markets, WalletTradeRepository trades, Clock clock, int maxRowsPerMarket) {
        this.data = data;
        this.markets = markets;
        this.trades = trades;
        this.clock = clock;
        this.maxRowsPerMarket = maxRowsPerMarket;
    }

    /** Backfills every market in the store; progress is logged every tenth of the way. */
    public synchronized Report run() {
        List<Market> all = markets.all();
        int rows = 0, stored = 0, makers = 0, rejected = 0, done = 0, nextReport = 1;
        for (Market market : all) {
            Report one = market(market.conditionId().value());
            rows += one.rows();
            stored += one.stored();
            makers += one.makerRows();
            rejected += one.rejected();
            done++;
            if (all.size() >= 20 && done * 10 / all.size() >= nextReport) {
                log.info("backfill: {} of {} markets, {} rows, {} new", done, all.size(), rows, stored);
                nextReport = done * 10 / all.size() + 1;
            }
        }
        Report report = new Report(all.size(), rows, stored, makers, rejected);
        log.info("backfill done: {} markets, {} Data API rows ({} maker fills), {} new or newly flagged, {} rejected",
                report.markets(), report.rows(), report.makerRows(), report.stored(), report.rejected());
        return report;
    }

    /** Backfills one market: its taker rows, then all rows; the difference are maker fills. */
    public Report market(String conditionId) {
        TradeQuery query = TradeQuery.all().withMarkets(List.of(conditionId)).withLimit(PAGE);
        Instant receivedAt = clock.now();
        int[] rejected = {0};
        Set<String> takerIds = new HashSet<>();
        for (WalletTrade t : normalise(data.allTrades(query.withTakerOnly(true), maxRowsPerMarket), receivedAt, rejected).values()) takerIds.add(t.id());
        Map<String, WalletTrade> all = normalise(data.allTrades(query.withTakerOnly(false), maxRowsPerMarket), receivedAt, rejected);
        Set<String> makerIds = new HashSet<>();
        for (String id : all.keySet()) if (!takerIds.contains(id)) makerIds.add(id);
        int stored = trades.insertAll(all.values(), makerIds, true);
        return new Report(1, all.size(), stored, makerIds.size(), rejected[0]);
    }

    private static Map<String, WalletTrade> normalise(ParsedRows<DataTrade> rows, Instant receivedAt, int[] rejected) {
        TradeNormaliser.Batch batch = new TradeNormaliser.Batch();
        Map<String, WalletTrade> out = new LinkedHashMap<>();
        rejected[0] += rows.errors().size();
        List<DataTrade> list = new ArrayList<>(rows.rows());
        for (DataTrade row : list) {
            try {
                WalletTrade trade = TradeNormaliser.fromDataApi(row, receivedAt, batch);
                out.put(trade.id(), trade);
            } catch (IllegalArgumentException e) {
                rejected[0]++;
                log.debug("rejected Data API trade {}: {}", row.transactionHash(), e.getMessage());
            }
        }
        return out;
    }
}
