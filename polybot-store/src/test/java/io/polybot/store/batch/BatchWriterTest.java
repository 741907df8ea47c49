package io.polybot.store.batch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write-behind of audit rows: in order, in batches, nothing dropped, everything written by close. */
class BatchWriterTest {
    final List<List<Integer>> batches = new CopyOnWriteArrayList<>();

    List<Integer> stored() {
        List<Integer> all = new ArrayList<>();
        batches.forEach(all::addAll);
        return all;
    }

    @Test void closeWritesEveryQueuedRowInOrder() {
        var writer = new BatchWriter<Integer>("test", batches::add, 10_000, 64, Duration.ofMillis(10));
        for (int i = 0; i < 5_000; i++) writer.write(i);
        writer.close();

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) expected.add(i);
        assertThat(stored()).containsExactlyElementsOf(expected);
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 64));
        assertThatThrownBy(() -> writer.write(5_000)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test void rowsArrivingWithinTheLingerShareABatch() throws InterruptedException {
        var writer = new BatchWriter<Integer>("test", batches::add, 100, 64, Duration.ofMillis(10), Duration.ofSeconds(2));
        for (int i = 0; i < 10; i++) {
            writer.write(i);
            Thread.sleep(5);
        }
        writer.close();

        assertThat(stored()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(batches).hasSizeLessThanOrEqualTo(2);   // without the linger, about one batch per row
    }

    @Test void flushReturnsOnceEverythingQueuedBeforeItIsStored() {
        var writer = new BatchWriter<Integer>("test", batches::add, 100, 10, Duration.ofMillis(10));
        for (int i = 0; i < 25; i++) writer.write(i);
        writer.flush();

        assertThat(stored()).hasSize(25);
        writer.close();
    }

    @Test void aFullQueueBlocksTheCallerInsteadOfDropping() throws Exception {
        var release = new CountDownLatch(1);
        var writer = new BatchWriter<Integer>("test", batch -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            batches.add(batch);
        }, 2, 1, Duration.ofMillis(10));
        var done = new AtomicBoolean();
        Thread producer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 10; i++) writer.write(i);
            done.set(true);
        });
        producer.join(300);
        assertThat(done).isFalse(); // 1 being written, 2 queued: the 4th write waits

        release.countDown();
        producer.join();
        writer.close();
        assertThat(stored()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test void aRowTheStoreRefusesIsSkippedAndTheRowsAroundItAreKept() {
        var writer = new BatchWriter<Integer>("test", batch -> {
            if (batch.contains(13)) throw new IllegalArgumentException("bad row 13");
            batches.add(batch);
        }, 100, 100, Duration.ofMillis(10));
        for (int i = 10; i < 17; i++) writer.write(i);
        writer.close();

        assertThat(stored()).containsExactly(10, 11, 12, 14, 15, 16);
    }

    @Test void aStoreThatIsDownIsRetriedUntilItIsBack() {
        var failures = new AtomicInteger();
        var writer = new BatchWriter<Integer>("test", batch -> {
            if (failures.getAndIncrement() < 6) throw new IllegalStateException("connection refused");
            batches.add(batch);
        }, 100, 100, Duration.ofMillis(5));
        writer.write(1);
        writer.write(2);
        writer.flush();
        writer.close();

        assertThat(stored()).containsExactly(1, 2);
        assertThat(failures.get()).isGreaterThan(6);
    }
}
