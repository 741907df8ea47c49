package io.polybot.store.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Writes rows that are not needed before an order goes on the wire (risk decisions, signals, all wallets' trades) behind the
 * signal path: one background thread takes what has queued and stores it as one batch, in the order
 * it was queued. The queue is bounded and a full queue blocks the caller: rows are never dropped.
 * {@link #close()} writes everything queued before it returns, so a clean stop loses nothing; a
 * kill -9 loses what was queued and not yet written, at most a few milliseconds of rows.
 *
 * <p>A batch the store refuses is retried row by row: rows the store takes are kept, a row it refuses
 * on its own is bad data, logged in full and skipped. When every row fails the store is taken to be
 * down and the batch is retried after {@code retryDelay}, holding the rows (and, once the queue is
 * full, the callers) until it is back.
 */
public final class BatchWriter<T> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);
    /** Tries of a failing batch once {@link #close()} has been called, before its rows are logged and given up. */
    static final int CLOSING_ATTEMPTS = 3;
    /** The writers' linger behind the feed: a transaction per 10 ms at most, rows in the store within about that. */
    public static final Duration LINGER = Duration.ofMillis(10);

    private final String name;
    private final Consumer<List<T>> store;
    private final BlockingQueue<T> queue;
    private final int maxBatch;
    private final Duration retryDelay;
    private final long lingerNanos;
    private final Thread thread;
    /** Guards the counters and {@code closing}; the writer thread signals progress on it. */
    private final Object progress = new Object();
    private long queued;
    private long written;
    private volatile boolean closing;

    /**
     * @param store    stores one batch in one transaction; throws when it cannot
     * @param capacity rows that may wait; a caller finding it full waits
     */
    public BatchWriter(String name, Consumer<List<T>> store, int capacity, int maxBatch, Duration retryDelay) {
        this(name, store, capacity, maxBatch, retryDelay, Duration.ZERO);
    }

    /**
     * @param linger how long the first row of a batch waits for others to join it: at a thousand rows a second, batches
     *               of one would be a transaction (and, on the flushed pool, an fsync) per row
     */
    public BatchWriter(String name, Consumer<List<T>> store, int capacity, int maxBatch, Duration retryDelay, Duration linger) {
        if (capacity < 1 || maxBatch < 1) throw new IllegalArgumentException("capacity and maxBatch must be >= 1");
        if (linger.isNegative()) throw new IllegalArgumentException("linger must be >= 0");
        this.lingerNanos = linger.toNanos();
        this.name = name;
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.retryDelay = retryDelay;
        this.thread = Thread.ofPlatform().daemon().name(name + "-writer").start(this::run);
    }

    /** Queues a row; blocks while the queue is full. Throws once the writer is closed. */
    public void write(T row) {
        synchronized (progress) {
            if (closing) throw new IllegalStateException(name + " writer is closed");
            queued++;
        }
        try {
            queue.put(row);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queuing a " + name + " row", e);
        }
    }

    /** Waits until every row queued before this call is written (or given up as bad data). */
    public void flush() {
        synchronized (progress) {
            long target = queued;
            while (written < target) {
                try {
                    progress.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!thread.isAlive() && written < target) throw new IllegalStateException(name + " writer has stopped");
            }
        }
    }

    /** Rows waiting to be written. */
    public int backlog() { return queue.size(); }

    private void run() {
        List<T> batch = new ArrayList<>(maxBatch);
        while (!drained()) {
            try {
                T first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
            } catch (InterruptedException e) {
                // close() interrupts only a waiting poll; the loop condition decides
                continue;
            }
            queue.drainTo(batch, maxBatch - 1);
            linger(batch);
            writeUntilStored(batch);
            synchronized (progress) {
                written += batch.size();
                progress.notifyAll();
            }
            batch.clear();
        }
    }

    /**
     * Lets rows join the batch for the linger (cut short by {@link #close()}), then takes them: one wake-up per batch,
     * where waiting on the queue would wake this thread for every row.
     */
    private void linger(List<T> batch) {
        if (lingerNanos == 0 || batch.size() >= maxBatch || closing) return;
        LockSupport.parkNanos(this, lingerNanos);
        queue.drainTo(batch, maxBatch - batch.size());
    }

    /** Closing and every accepted row written: a row accepted just before close is still written. */
    private boolean drained() {
        synchronized (progress) {
            return closing && written == queued;
        }
    }

    private void writeUntilStored(List<T> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.accept(List.copyOf(batch));
                return;
            } catch (RuntimeException batchError) {
                int stored = 0;
                List<T> refused = new ArrayList<>();
                RuntimeException last = batchError;
                for (T row : batch) {
                    try {
                        store.accept(List.of(row));
                        stored++;
                    } catch (RuntimeException e) {
                        refused.add(row);
                        last = e;
                    }
                }
                if (stored > 0) {
                    for (T row : refused) log.error("{} row refused by the store and skipped: {}", name, row, last);
                    return;
                }
                if (closing && attempt >= CLOSING_ATTEMPTS) {
                    // Stopping with the store down: the log is the last record of these rows.
                    for (T row : batch) log.error("{} row not stored, the store is down at shutdown: {}", name, row);
                    return;
                }
                log.warn("{} writer: the store refused a batch of {} ({}); retrying in {} ms", name, batch.size(), last.toString(),
                        retryDelay.toMillis());
                try {
                    Thread.sleep(retryDelay);
                } catch (InterruptedException e) {
                    // close() while the store is down: keep trying, the rows are not to be lost silently
                }
            }
        }
    }

    /** Writes what is queued, then stops. */
    @Override public void close() {
        synchronized (progress) {
            closing = true;
        }
        LockSupport.unpark(thread);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
