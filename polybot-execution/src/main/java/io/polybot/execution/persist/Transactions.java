package io.polybot.execution.persist;

import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/**
 * Runs a piece of execution's bookkeeping as one database transaction: every repository call the
 * work makes on this thread joins it (Jdbi hands nested calls the thread's open handle), so the
 * statements commit together, once, or not at all.
 */
public interface Transactions {
    <T> T inOne(Supplier<T> work);

    /**
     * One transaction per piece of work, committed without waiting for the WAL flush ({@code
     * synchronous_commit = off}, this transaction only). For what is applied after an order is on
     * the wire (the venue's answer: order status, fill, position, PnL): a crash of our JVM loses
     * nothing once the commit returns; a crash of the database server may lose the last few
     * milliseconds, which reconciliation recovers from the venue's orders, trades and balances.
     */
    static Transactions unflushed(Jdbi jdbi) {
        return new Transactions() {
            @Override public <T> T inOne(Supplier<T> work) {
                return jdbi.inTransaction(handle -> {
                    handle.execute("SET LOCAL synchronous_commit = off");
                    return work.get();
                });
            }
        };
    }

    /** No transaction of its own: each statement commits as it runs (tests with a venue double, tools). */
    static Transactions none() {
        return new Transactions() {
            @Override public <T> T inOne(Supplier<T> work) { return work.get(); }
        };
    }
}
