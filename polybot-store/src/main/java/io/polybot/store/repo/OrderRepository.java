package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.SignalId;
import io.polybot.store.internal.BatchInsert;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Our orders (table {@code copy_orders}), keyed by order hash; one order per signal at most. */
public final class OrderRepository {
    private static final String COLUMNS = """
            order_hash, signal_id, condition_id, token_id, side, price, size, filled, status, time_in_force,
            status_reason, created_at, updated_at""";
    private static final List<String> TERMINAL = Arrays.stream(OrderStatus.values()).filter(OrderStatus::terminal).map(Enum::name).toList();

    private final Jdbi jdbi;
    private final Jdbi unflushed;

    /** @param unflushed the store's pool whose sessions commit without waiting for the WAL flush */
    public OrderRepository(Jdbi jdbi, Jdbi unflushed) {
        this.jdbi = jdbi;
        this.unflushed = unflushed;
    }

    /** Stores a new order; false when an order with this hash, or any order for this signal, already exists. */
    public boolean insertIfAbsent(Order order) {
        return jdbi.withHandle(handle -> insert(handle, order));
    }

    /**
     * {@link #insertIfAbsent} for the order about to be sent, committed without waiting for the
     * server's WAL flush (the store's unflushed pool: {@code synchronous_commit = off}, one round
     * trip). The row is in PostgreSQL when this returns, so a crash of our JVM loses nothing; only a
     * crash of the database server itself may lose the last few milliseconds of such commits, which
     * start-up reconciliation recovers from the venue's open orders and trades. Saves the fsync
     * (milliseconds) and two round trips on the way to the wire.
     */
    public boolean insertIfAbsentUnflushed(Order order) {
        return unflushed.withHandle(handle -> insert(handle, order));
    }

    /** Every stored order's hash with its signal: the start-up state of execution's in-memory "is it ours, already ordered" checks. */
    public Map<OrderHash, SignalId> keys() {
        return jdbi.withHandle(handle -> {
            Map<OrderHash, SignalId> out = new HashMap<>();
            handle.createQuery("SELECT order_hash, signal_id FROM copy_orders")
                    .map((rs, ctx) -> Map.entry(new OrderHash(rs.getString("order_hash")), new SignalId(rs.getString("signal_id"))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    /**
     * Stores orders already recorded in execution's order journal, in one transaction on the unflushed
     * pool; an order stored before (a replay, a repeat) is left as it is. Answers how many were new.
     */
    public int insertAllIfAbsentUnflushed(List<Order> batch) {
        return BatchInsert.total(BatchInsert.run(unflushed, INSERT, batch, OrderRepository::bind));
    }

    private static final String INSERT = """
            INSERT INTO copy_orders (order_hash, signal_id, condition_id, token_id, side, price, size, filled,
                                     status, time_in_force, status_reason, created_at, updated_at)
            VALUES (:orderHash, :signalId, :conditionId, :tokenId, :side, :price, :size, :filled,
                    :status, :timeInForce, :statusReason, :createdAt, :updatedAt)
            ON CONFLICT DO NOTHING""";

    private static boolean insert(Handle handle, Order order) {
        return bind(handle.createUpdate(INSERT), order).execute() == 1;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Order order) {
        return statement
                .bind("orderHash", order.hash().value())
                .bind("signalId", order.signalId().value())
                .bind("conditionId", order.market().value())
                .bind("tokenId", order.token().value())
                .bind("side", order.side().name())
                .bind("price", order.price().value())
                .bind("size", order.size().shares())
                .bind("filled", order.filled().shares())
                .bind("status", order.status().name())
                .bind("timeInForce", order.timeInForce().name())
                .bind("statusReason", order.statusReason())
                .bind("createdAt", order.createdAt())
                .bind("updatedAt", order.updatedAt());
    }

    /** Writes the order's status, filled size, status reason and updated time. The order must exist. */
    public void update(Order order) {
        int rows = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE copy_orders
                        SET status = :status, filled = :filled, status_reason = :statusReason, updated_at = :updatedAt
                        WHERE order_hash = :orderHash""")
                .bind("orderHash", order.hash().value())
                .bind("status", order.status().name())
                .bind("filled", order.filled().shares())
                .bind("statusReason", order.statusReason())
                .bind("updatedAt", order.updatedAt())
                .execute());
        if (rows != 1) throw new IllegalStateException("no stored order " + order.hash() + " to update");
    }

    public Optional<Order> find(OrderHash hash) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM copy_orders WHERE order_hash = :orderHash")
                .bind("orderHash", hash.value())
                .map((rs, ctx) -> order(rs))
                .findOne());
    }

    public Optional<Order> findBySignal(SignalId signalId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM copy_orders WHERE signal_id = :signalId")
                .bind("signalId", signalId.value())
                .map((rs, ctx) -> order(rs))
                .findOne());
    }

    /** The latest orders, newest first. */
    public List<Order> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM copy_orders ORDER BY created_at DESC, order_hash LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> order(rs))
                .list());
    }

    /** Orders not in a terminal state (may still fill at the venue), oldest first. */
    public List<Order> open() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM copy_orders WHERE status NOT IN (<terminal>) ORDER BY created_at, order_hash")
                .bindList("terminal", TERMINAL)
                .map((rs, ctx) -> order(rs))
                .list());
    }

    private static Order order(ResultSet rs) throws SQLException {
        return new Order(new OrderHash(rs.getString("order_hash")), new SignalId(rs.getString("signal_id")),
                new ConditionId(rs.getString("condition_id")), new TokenId(rs.getString("token_id")),
                Side.valueOf(rs.getString("side")), new Price(rs.getBigDecimal("price")), new Size(rs.getBigDecimal("size")),
                new Size(rs.getBigDecimal("filled")), OrderStatus.valueOf(rs.getString("status")),
                TimeInForce.valueOf(rs.getString("time_in_force")), rs.getString("status_reason"),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
    }
}
