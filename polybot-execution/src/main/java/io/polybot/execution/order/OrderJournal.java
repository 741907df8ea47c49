package io.polybot.execution.order;

import io.polybot.core.order.Order;
import io.polybot.store.repo.OrderRepository;

/**
 * Where an order is recorded before it goes on the wire, so that a restart knows every order it
 * may have sent (ARCHITECTURE §5, crash safety). {@link FileOrderJournal} in production: a line
 * appended to a local file, the store written behind it. {@link #direct} writes the store at once.
 */
public interface OrderJournal extends AutoCloseable {
    /**
     * Records a new order before it is sent; when this returns the order survives a crash of our JVM.
     * False when the store already has an order for this signal or hash (known at once only to {@link #direct}).
     */
    boolean record(Order order);

    /** Waits until every order recorded so far is in the store: before anything reads or updates stored orders. */
    void awaitStored();

    @Override void close();

    /** Records straight into the store (one round trip per order): for tools and tests placing orders outside execution. */
    static OrderJournal direct(OrderRepository orders) {
        return new OrderJournal() {
            @Override public boolean record(Order order) { return orders.insertIfAbsentUnflushed(order); }

            @Override public void awaitStored() { }

            @Override public void close() { }
        };
    }
}
