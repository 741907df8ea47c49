package io.polybot.store.internal;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.List;
import java.util.function.BiFunction;

/** One statement run for every row of a batch, in one transaction and one round trip: the behind-the-wire writers' inserts. */
public final class BatchInsert {
    private BatchInsert() {}

    /** Rows affected per row of {@code rows}, in order (0 for an insert its {@code ON CONFLICT} skipped); nothing for no rows. */
    public static <T> int[] run(Jdbi jdbi, String sql, List<T> rows, BiFunction<PreparedBatch, T, PreparedBatch> bind) {
        if (rows.isEmpty()) return new int[0];
        return jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch(sql);
            for (T row : rows) bind.apply(batch, row).add();
            return batch.execute();
        });
    }

    /** How many rows a batch affected in all. */
    public static int total(int[] counts) {
        int total = 0;
        for (int count : counts) total += count;
        return total;
    }
}
