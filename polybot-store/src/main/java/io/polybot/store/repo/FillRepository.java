package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.OrderHash;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Executions of our orders (table {@code fills}). A fill is identified by the venue trade id
 * and our order hash: the user feed and reconciliation may both report it.
 */
public final class FillRepository {
    private static final String COLUMNS = "trade_id, order_hash, condition_id, token_id, side, price, size, fee, event_time";

    private final Jdbi jdbi;

    public FillRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Stores the fill; false when this trade id is already stored for this order. */
    public boolean insertIfAbsent(Fill fill) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO fills (trade_id, order_hash, condition_id, token_id, side, price, size, fee, event_time)
                        VALUES (:tradeId, :orderHash, :conditionId, :tokenId, :side, :price, :size, :fee, :eventTime)
                        ON CONFLICT (trade_id, order_hash) DO NOTHING""")
                .bind("tradeId", fill.tradeId())
                .bind("orderHash", fill.orderHash().value())
                .bind("conditionId", fill.market().value())
                .bind("tokenId", fill.token().value())
                .bind("side", fill.side().name())
                .bind("price", fill.price().value())
                .bind("size", fill.size().shares())
                .bind("fee", fill.fee().amount())
                .bind("eventTime", fill.eventTime())
                .execute() == 1);
    }

    /** The order's fills, oldest first. */
    public List<Fill> forOrder(OrderHash orderHash) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM fills WHERE order_hash = :orderHash ORDER BY event_time, trade_id")
                .bind("orderHash", orderHash.value())
                .map((rs, ctx) -> fill(rs))
                .list());
    }

    /** The latest fills, newest first. */
    public List<Fill> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM fills ORDER BY event_time DESC, trade_id, order_hash LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> fill(rs))
                .list());
    }

    /** The fills of each of the orders, oldest first, by order hash. */
    public Map<OrderHash, List<Fill>> forOrders(Collection<OrderHash> orderHashes) {
        if (orderHashes.isEmpty()) return Map.of();
        return jdbi.withHandle(handle -> {
            Map<OrderHash, List<Fill>> out = new HashMap<>();
            handle.createQuery("SELECT " + COLUMNS + " FROM fills WHERE order_hash IN (<hashes>) ORDER BY event_time, trade_id")
                    .bindList("hashes", orderHashes.stream().map(OrderHash::value).distinct().toList())
                    .map((rs, ctx) -> fill(rs))
                    .forEach(f -> out.computeIfAbsent(f.orderHash(), h -> new ArrayList<>()).add(f));
            return out;
        });
    }

    /** Fees paid per UTC day from {@code from} to {@code to}, both included; days without fills are absent. */
    public Map<LocalDate, BigDecimal> feesByDay(LocalDate from, LocalDate to) {
        return jdbi.withHandle(handle -> {
            Map<LocalDate, BigDecimal> out = new TreeMap<>();
            handle.createQuery("""
                            SELECT (event_time AT TIME ZONE 'UTC')::date AS day, sum(fee) AS fees FROM fills
                            WHERE (event_time AT TIME ZONE 'UTC')::date BETWEEN :from AND :to GROUP BY 1""")
                    .bind("from", from)
                    .bind("to", to)
                    .map((rs, ctx) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getBigDecimal("fees")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    private static Fill fill(ResultSet rs) throws SQLException {
        return new Fill(rs.getString("trade_id"), new OrderHash(rs.getString("order_hash")),
                new ConditionId(rs.getString("condition_id")), new TokenId(rs.getString("token_id")),
                Side.valueOf(rs.getString("side")), new Price(rs.getBigDecimal("price")), new Size(rs.getBigDecimal("size")),
                new Usd(rs.getBigDecimal("fee")), Columns.instant(rs, "event_time"));
    }
}
