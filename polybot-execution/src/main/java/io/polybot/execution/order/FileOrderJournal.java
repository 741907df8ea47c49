package io.polybot.execution.order;

import io.polybot.core.json.Json;
import io.polybot.core.order.Order;
import io.polybot.execution.crash.CrashPoints;
import io.polybot.store.batch.BatchWriter;
import io.polybot.store.repo.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The order journal of execution (issue 6, item 11): each order is appended to a local file as one
 * JSON line before it is sent, and stored in PostgreSQL behind the wire by a writer thread. The
 * append is a write to the file, no round trip to another process, where the insert it replaces
 * cost 0.7 ms at the median and 4-8 ms at the 99th percentile on a busy two-core machine.
 *
 * <p>Crash safety is the store's before: the line is in the operating system's page cache when
 * {@link #record} returns, so a kill -9 of our JVM loses nothing, and {@link #open} stores every
 * line not yet stored before execution reads its orders. Like the unflushed commit it replaces, the
 * line is not fsynced: a crash of the machine itself may lose the last orders, and start-up
 * reconciliation finds them at the venue (it halts on an order it does not know). A line torn by a
 * kill in the middle of its write belongs to an order that was never sent, and is skipped.
 *
 * <p>The file is emptied when it has grown past {@link #EMPTY_AT} and everything in it is stored,
 * so it holds the last thousand orders or so, and at a clean close once everything is stored;
 * replaying stored ones after a kill is harmless (if absent).
 */
public final class FileOrderJournal implements OrderJournal {
    private static final Logger log = LoggerFactory.getLogger(FileOrderJournal.class);
    private static final int QUEUE = 10_000;
    private static final int BATCH = 500;
    /** The file is emptied once it holds this much and all of it is stored: about a thousand orders. */
    static final long EMPTY_AT = 512 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final OrderRepository orders;
    private final BatchWriter<Order> writer;
    /** Guards the file and the counters: appends (the signal path) and the writer's truncation take turns. */
    private final Object lock = new Object();
    private long appended;
    private long stored;
    /** Bytes in the file since it was last emptied. */
    private long bytes;

    private FileOrderJournal(Path file, OrderRepository orders) throws IOException {
        this.file = file;
        this.orders = orders;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        // No linger: at the venue's ten orders a second there is nothing to wait for, and an answer must not wait for its insert.
        this.writer = new BatchWriter<>("order-journal", this::store, QUEUE, BATCH, Duration.ofSeconds(1));
    }

    /** Stores what a previous run appended and did not store, then opens the journal at {@code file} (created if absent). */
    public static FileOrderJournal open(Path file, OrderRepository orders) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            replay(file, orders);
            return new FileOrderJournal(file, orders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the order journal " + file, e);
        }
    }

    private static void replay(Path file, OrderRepository orders) throws IOException {
        if (!Files.exists(file)) return;
        List<Order> pending = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            try {
                pending.add(Json.read(line, Order.class));
            } catch (RuntimeException e) {
                // Only the last line can be torn (the kill came mid-write, before the send); anything else is damage to report.
                if (i == lines.size() - 1) log.warn("order journal {}: the last line is incomplete (an order never sent), skipped", file);
                else log.error("order journal {}: line {} is not an order, skipped: {}", file, i + 1, line, e);
            }
        }
        int added = 0;
        for (Order order : pending) if (orders.insertIfAbsent(order)) added++;
        if (!pending.isEmpty())
            log.info("order journal: {} orders from the last run, {} of them not yet in the store, now stored", pending.size(), added);
        Files.write(file, new byte[0]);
    }

    @Override public boolean record(Order order) {
        ByteBuffer line = ByteBuffer.wrap((Json.write(order) + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (lock) {
            try {
                while (line.hasRemaining()) bytes += channel.write(line);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append order " + order.hash() + " to the journal " + file, e);
            }
            appended++;
        }
        CrashPoints.reach(CrashPoints.ORDER_JOURNALED);
        writer.write(order);
        return true;
    }

    private void store(List<Order> batch) {
        orders.insertAllIfAbsentUnflushed(batch);
        synchronized (lock) {
            stored += batch.size();
            // Emptied once it has grown a little, not after every batch: a truncate can take milliseconds, and appends wait for it.
            if (bytes >= EMPTY_AT) emptyIfAllStored();
        }
    }

    /** Empties the file when everything appended to it is stored. Called holding the lock. */
    private void emptyIfAllStored() {
        if (stored != appended || bytes == 0) return;
        try {
            channel.truncate(0);
            bytes = 0;
        } catch (IOException e) {
            // Kept lines are stored again at the next start, harmlessly: the inserts are if-absent.
            log.warn("could not empty the order journal {}: {}", file, e.toString());
        }
    }

    @Override public void awaitStored() { writer.flush(); }

    /** Stores what is queued and, when all of it is stored, empties the file: a clean stop leaves the next start nothing to replay. */
    @Override public void close() {
        writer.close();
        synchronized (lock) {
            emptyIfAllStored();
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("could not close the order journal {}: {}", file, e.toString());
        }
    }
}
