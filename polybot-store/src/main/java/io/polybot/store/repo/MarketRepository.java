package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Markets and their outcome tokens (tables {@code markets}, {@code market_tokens}). */
public final class MarketRepository {
    private static final String MARKET_COLUMNS = """
            condition_id, question, slug, event_slug, category, tick_size, min_order_size, neg_risk,
            end_date, status, winning_token""";

    private final Jdbi jdbi;

    public MarketRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Inserts or replaces the market, including its token list. */
    public void upsert(Market market) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                    INSERT INTO markets (condition_id, question, slug, event_slug, category, tick_size, min_order_size,
                                         neg_risk, end_date, status, winning_token, updated_at)
                    VALUES (:conditionId, :question, :slug, :eventSlug, :category, :tickSize, :minOrderSize,
                            :negRisk, :endDate, :status, :winningToken, now())
                    ON CONFLICT (condition_id) DO UPDATE SET
                        question = EXCLUDED.question, slug = EXCLUDED.slug, event_slug = EXCLUDED.event_slug,
                        category = EXCLUDED.category, tick_size = EXCLUDED.tick_size,
                        min_order_size = EXCLUDED.min_order_size, neg_risk = EXCLUDED.neg_risk,
                        end_date = EXCLUDED.end_date, status = EXCLUDED.status,
                        winning_token = EXCLUDED.winning_token, updated_at = EXCLUDED.updated_at""")
                    .bind("conditionId", market.conditionId().value())
                    .bind("question", market.question())
                    .bind("slug", market.slug())
                    .bind("eventSlug", market.eventSlug())
                    .bind("category", market.category())
                    .bind("tickSize", market.tickSize())
                    .bind("minOrderSize", market.minOrderSize())
                    .bind("negRisk", market.negRisk())
                    .bindByType("endDate", market.endDate(), Instant.class)
                    .bind("status", market.status().name())
                    .bind("winningToken", market.winningToken() == null ? null : market.winningToken().value())
                    .execute();
            handle.createUpdate("DELETE FROM market_tokens WHERE condition_id = :conditionId")
                    .bind("conditionId", market.conditionId().value())
                    .execute();
            PreparedBatch tokens = handle.prepareBatch("""
                    INSERT INTO market_tokens (token_id, condition_id, outcome, outcome_index, list_position)
                    VALUES (:tokenId, :conditionId, :outcome, :outcomeIndex, :listPosition)
                    ON CONFLICT (token_id) DO UPDATE SET
                        condition_id = EXCLUDED.condition_id, outcome = EXCLUDED.outcome,
                        outcome_index = EXCLUDED.outcome_index, list_position = EXCLUDED.list_position""");
            for (int i = 0; i < market.tokens().size(); i++) {
                OutcomeToken token = market.tokens().get(i);
                tokens.bind("tokenId", token.tokenId().value())
                        .bind("conditionId", market.conditionId().value())
                        .bind("outcome", token.outcome())
                        .bind("outcomeIndex", token.outcomeIndex())
                        .bind("listPosition", i)
                        .add();
            }
            tokens.execute();
        });
    }

    public Optional<Market> find(ConditionId conditionId) {
        return jdbi.withHandle(handle -> find(handle, conditionId.value()));
    }

    public Optional<Market> findByToken(TokenId tokenId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT condition_id FROM market_tokens WHERE token_id = :tokenId")
                .bind("tokenId", tokenId.value())
                .mapTo(String.class)
                .findOne()
                .flatMap(conditionId -> find(handle, conditionId)));
    }

    /** Every market, ordered by condition id. */
    public List<Market> all() {
        return jdbi.withHandle(handle -> {
            Map<String, List<OutcomeToken>> tokens = new HashMap<>();
            handle.createQuery("SELECT condition_id, token_id, outcome, outcome_index FROM market_tokens ORDER BY condition_id, list_position")
                    .map((rs, ctx) -> Map.entry(rs.getString("condition_id"), token(rs)))
                    .forEach(entry -> tokens.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
            return handle.createQuery("SELECT " + MARKET_COLUMNS + " FROM markets ORDER BY condition_id")
                    .map((rs, ctx) -> MarketRow.of(rs))
                    .list().stream()
                    .map(row -> row.toMarket(tokens.getOrDefault(row.conditionId().value(), List.of())))
                    .toList();
        });
    }

    /** Question, category and result of each of these markets that is stored, by condition id. */
    public Map<ConditionId, MarketSummary> summaries(Collection<ConditionId> conditionIds) {
        if (conditionIds.isEmpty()) return Map.of();
        return jdbi.withHandle(handle -> {
            Map<ConditionId, MarketSummary> out = new HashMap<>();
            handle.createQuery("SELECT condition_id, question, category, status, winning_token FROM markets WHERE condition_id IN (<ids>)")
                    .bindList("ids", conditionIds.stream().map(ConditionId::value).distinct().toList())
                    .map((rs, ctx) -> new MarketSummary(new ConditionId(rs.getString("condition_id")), rs.getString("question"),
                            rs.getString("category"), MarketStatus.valueOf(rs.getString("status")),
                            Columns.text(rs, "winning_token", TokenId::new)))
                    .forEach(m -> out.put(m.conditionId(), m));
            return out;
        });
    }

    private static Optional<Market> find(Handle handle, String conditionId) {
        return handle.createQuery("SELECT " + MARKET_COLUMNS + " FROM markets WHERE condition_id = :conditionId")
                .bind("conditionId", conditionId)
                .map((rs, ctx) -> MarketRow.of(rs))
                .findOne()
                .map(row -> row.toMarket(handle.createQuery("""
                                SELECT token_id, outcome, outcome_index FROM market_tokens
                                WHERE condition_id = :conditionId ORDER BY list_position""")
                        .bind("conditionId", conditionId)
                        .map((rs, ctx) -> token(rs))
                        .list()));
    }

    private static OutcomeToken token(ResultSet rs) throws SQLException {
        return new OutcomeToken(new TokenId(rs.getString("token_id")), rs.getString("outcome"), rs.getInt("outcome_index"));
    }

    /** A {@code markets} row; becomes a {@link Market} once its tokens are known. */
    private record MarketRow(ConditionId conditionId, String question, String slug, String eventSlug, String category,
                             BigDecimal tickSize, BigDecimal minOrderSize, boolean negRisk, Instant endDate,
                             MarketStatus status, TokenId winningToken) {
        static MarketRow of(ResultSet rs) throws SQLException {
            return new MarketRow(new ConditionId(rs.getString("condition_id")), rs.getString("question"),
                    rs.getString("slug"), rs.getString("event_slug"), rs.getString("category"),
                    rs.getBigDecimal("tick_size"), rs.getBigDecimal("min_order_size"), rs.getBoolean("neg_risk"),
                    Columns.instant(rs, "end_date"), MarketStatus.valueOf(rs.getString("status")),
                    Columns.text(rs, "winning_token", TokenId::new));
        }

        Market toMarket(List<OutcomeToken> tokens) {
            return new Market(conditionId, question, slug, eventSlug, category, tokens, tickSize, minOrderSize, negRisk,
                    endDate, status, winningToken);
        }
    }
}
