package io.polybot.store.repo;

import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.internal.Columns;
import io.polybot.store.internal.JsonColumns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Wallet score history (table {@code wallet_scores}, migration V2) and the latest score copied
 * into the score columns of {@code whales}. Construct with {@code new WalletScoreRepository(store.jdbi())}.
 */
public final class WalletScoreRepository {
    private static final String COLUMNS = """
            address, computed_at, trades, positions, independent_events, wins, win_rate, win_rate_lower, win_rate_upper,
            rolling_positions, rolling_wins, rolling_win_rate, rolling_win_rate_lower, rolling_win_rate_upper,
            average_entry_price, sharpe, kelly_fraction, expected_value_per_dollar, realised_pnl, markout_1h,
            markout_1h_trades, markout_24h, markout_24h_trades, decayed, score, linked_group, classification,
            classification_evidence""";

    private final Jdbi jdbi;

    public WalletScoreRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /**
     * Appends the score to the history and copies it onto the wallet's {@code whales} row (created,
     * not whitelisted, when missing; whitelist columns untouched). False when this wallet already
     * has a score at that time (a re-run of the same job).
     */
    public boolean record(WalletScoreRecord s) {
        return jdbi.inTransaction(handle -> {
            boolean inserted = insert(handle, s);
            if (inserted) copyToWhales(handle, s);
            return inserted;
        });
    }

    /** The wallet's scores, newest first: its score over time. */
    public List<WalletScoreRecord> history(WalletAddress address, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS.replace("classification_evidence", "classification_evidence::text AS classification_evidence")
                        + " FROM wallet_scores WHERE address = :address ORDER BY computed_at DESC LIMIT :limit")
                .bind("address", address.value())
                .bind("limit", limit)
                .map((rs, ctx) -> row(rs))
                .list());
    }

    public Optional<WalletScoreRecord> latest(WalletAddress address) {
        return history(address, 1).stream().findFirst();
    }

    /** Wallets with at least {@code minimumTrades} stored trades, by address: who the scoring job should score. */
    public List<WalletAddress> walletsWithTrades(int minimumTrades) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT wallet FROM whale_trades GROUP BY wallet HAVING count(*) >= :minimum ORDER BY wallet""")
                .bind("minimum", minimumTrades)
                .mapTo(WalletAddress.class)
                .list());
    }

    private static boolean insert(Handle handle, WalletScoreRecord s) {
        return handle.createUpdate("INSERT INTO wallet_scores (" + COLUMNS + ") VALUES (" + """
                        :address, :computedAt, :trades, :positions, :independentEvents, :wins, :winRate, :winRateLower, :winRateUpper,
                        :rollingPositions, :rollingWins, :rollingWinRate, :rollingWinRateLower, :rollingWinRateUpper,
                        :averageEntryPrice, :sharpe, :kellyFraction, :expectedValuePerDollar, :realisedPnl, :markout1h,
                        :markout1hTrades, :markout24h, :markout24hTrades, :decayed, :score, :linkedGroup, :classification,
                        CAST(:evidence AS jsonb)) ON CONFLICT (address, computed_at) DO NOTHING""")
                .bindMethods(s)
                .bind("address", s.address().value())
                .bind("realisedPnl", s.realisedPnl().amount())
                .bind("evidence", JsonColumns.write(s.classificationEvidence()))
                .execute() == 1;
    }

    private static void copyToWhales(Handle handle, WalletScoreRecord s) {
        handle.createUpdate("""
                        INSERT INTO whales (address, whitelisted, resolved_positions, win_rate, rolling_win_rate, sharpe, kelly_fraction,
                                            expected_value_per_dollar, markout, decayed, classification, classification_evidence,
                                            scored_at, updated_at)
                        VALUES (:address, FALSE, :positions, :winRate, :rollingWinRate, :sharpe, :kelly, :ev, :markout, :decayed,
                                :classification, CAST(:evidence AS jsonb), :at, :at)
                        ON CONFLICT (address) DO UPDATE SET
                            resolved_positions = EXCLUDED.resolved_positions, win_rate = EXCLUDED.win_rate,
                            rolling_win_rate = EXCLUDED.rolling_win_rate, sharpe = EXCLUDED.sharpe,
                            kelly_fraction = EXCLUDED.kelly_fraction, expected_value_per_dollar = EXCLUDED.expected_value_per_dollar,
                            markout = EXCLUDED.markout, decayed = EXCLUDED.decayed, classification = EXCLUDED.classification,
                            classification_evidence = EXCLUDED.classification_evidence, scored_at = EXCLUDED.scored_at
                        WHERE whales.scored_at IS NULL OR whales.scored_at <= EXCLUDED.scored_at""")
                .bind("address", s.address().value())
                .bind("positions", s.positions())
                .bind("winRate", s.winRate())
                .bind("rollingWinRate", s.rollingWinRate())
                .bind("sharpe", s.sharpe())
                .bind("kelly", s.kellyFraction())
                .bind("ev", s.expectedValuePerDollar())
                // the whales table keeps one markout: the 1 h one (the 24 h one is in the history)
                .bind("markout", s.markout1h())
                .bind("decayed", s.decayed())
                .bind("classification", s.classification())
                .bind("evidence", JsonColumns.write(s.classificationEvidence()))
                .bind("at", s.computedAt())
                .execute();
    }

    private static WalletScoreRecord row(ResultSet rs) throws SQLException {
        return new WalletScoreRecord(new WalletAddress(rs.getString("address")), Columns.instant(rs, "computed_at"),
                rs.getInt("trades"), rs.getInt("positions"), rs.getInt("independent_events"), rs.getInt("wins"),
                rs.getBigDecimal("win_rate"), rs.getBigDecimal("win_rate_lower"), rs.getBigDecimal("win_rate_upper"),
                rs.getInt("rolling_positions"), rs.getInt("rolling_wins"), rs.getBigDecimal("rolling_win_rate"),
                rs.getBigDecimal("rolling_win_rate_lower"), rs.getBigDecimal("rolling_win_rate_upper"),
                rs.getBigDecimal("average_entry_price"), rs.getBigDecimal("sharpe"), rs.getBigDecimal("kelly_fraction"),
                rs.getBigDecimal("expected_value_per_dollar"), new Usd(rs.getBigDecimal("realised_pnl")),
                rs.getBigDecimal("markout_1h"), rs.getInt("markout_1h_trades"), rs.getBigDecimal("markout_24h"),
                rs.getInt("markout_24h_trades"), rs.getBoolean("decayed"), rs.getBigDecimal("score"), rs.getString("linked_group"),
                rs.getString("classification"), JsonColumns.stringMap(rs.getString("classification_evidence")));
    }
}
