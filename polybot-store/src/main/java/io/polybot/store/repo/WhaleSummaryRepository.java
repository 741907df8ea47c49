package io.polybot.store.repo;

import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.internal.Columns;
import io.polybot.store.internal.JsonColumns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The whale list of the dashboard: {@code whales} joined with each wallet's latest {@code wallet_scores} row. */
public final class WhaleSummaryRepository {
    private static final String SELECT = """
            SELECT * FROM (
                SELECT w.address, w.label, lower(COALESCE(s.classification, w.classification, 'unknown')) AS classification,
                       s.score, COALESCE(s.sharpe, w.sharpe) AS sharpe, COALESCE(s.win_rate, w.win_rate) AS win_rate,
                       s.win_rate_lower, s.win_rate_upper, COALESCE(s.rolling_win_rate, w.rolling_win_rate) AS rolling_win_rate,
                       COALESCE(s.kelly_fraction, w.kelly_fraction) AS kelly,
                       COALESCE(s.expected_value_per_dollar, w.expected_value_per_dollar) AS ev_per_dollar,
                       COALESCE(s.markout_1h, w.markout) AS markout_1h, s.markout_24h,
                       COALESCE(s.positions, w.resolved_positions, 0) AS positions, COALESCE(s.trades, 0) AS trades,
                       COALESCE(s.decayed, w.decayed, FALSE) AS decayed, s.linked_group, w.whitelisted, w.pinned, w.banned,
                       COALESCE(s.computed_at, w.scored_at) AS scored_at
                FROM whales w
                LEFT JOIN LATERAL (SELECT * FROM wallet_scores ws WHERE ws.address = w.address ORDER BY ws.computed_at DESC LIMIT 1) s
                       ON TRUE
            ) board""";

    private final Jdbi jdbi;

    public WhaleSummaryRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /** @param classification only wallets of this class (lower case), or null for all */
    public List<WhaleSummary> list(WhaleSort sort, boolean descending, int limit, String classification) {
        String where = classification == null ? "" : " WHERE classification = :class";
        String order = " ORDER BY " + sort.column() + (descending ? " DESC" : " ASC") + " NULLS LAST, address LIMIT :limit";
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + where + order)
                .bind("class", classification == null ? null : classification.toLowerCase(Locale.ROOT))
                .bind("limit", limit)
                .map((rs, ctx) -> row(rs))
                .list());
    }

    public Optional<WhaleSummary> find(WalletAddress address) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE address = :address")
                .bind("address", address.value())
                .map((rs, ctx) -> row(rs))
                .findOne());
    }

    /** The evidence behind the wallet's classification, by feature; empty when it was never classified. */
    public Map<String, String> evidence(WalletAddress address) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT classification_evidence::text FROM whales WHERE address = :address")
                .bind("address", address.value())
                .mapTo(String.class)
                .findOne()
                .map(JsonColumns::stringMap)
                .orElse(Map.of()));
    }

    private static WhaleSummary row(ResultSet rs) throws SQLException {
        return new WhaleSummary(rs.getString("address"), rs.getString("label"), rs.getString("classification"),
                rs.getBigDecimal("score"), rs.getBigDecimal("sharpe"), rs.getBigDecimal("win_rate"), rs.getBigDecimal("win_rate_lower"),
                rs.getBigDecimal("win_rate_upper"), rs.getBigDecimal("rolling_win_rate"), rs.getBigDecimal("kelly"),
                rs.getBigDecimal("ev_per_dollar"), rs.getBigDecimal("markout_1h"), rs.getBigDecimal("markout_24h"),
                rs.getInt("positions"), rs.getInt("trades"), rs.getBoolean("decayed"), rs.getString("linked_group"),
                rs.getBoolean("whitelisted"), rs.getBoolean("pinned"), rs.getBoolean("banned"), Columns.instant(rs, "scored_at"));
    }
}
