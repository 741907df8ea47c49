package io.polybot.store.repo;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.time.Clock;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Messages that failed processing (table {@code dead_letters}), kept until a person retries or discards them. */
public final class DeadLetterRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    public DeadLetterRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores the letter as {@code OPEN}; returns its id. */
    public long insert(DeadLetter letter) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO dead_letters (original_id, topic, consumer_group, type, error, deliveries,
                                                  original_payload, failed_at, status)
                        VALUES (:originalId, :topic, :group, :type, :error, :deliveries, :payload, :failedAt, 'OPEN')""")
                .bind("originalId", letter.originalId())
                .bind("topic", letter.topic())
                .bind("group", letter.group())
                .bind("type", letter.type())
                .bind("error", letter.error())
                .bind("deliveries", letter.deliveries())
                .bind("payload", letter.originalPayloadJson())
                .bind("failedAt", letter.failedAt())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    /** Letters still waiting for a decision, oldest first. */
    public List<StoredDeadLetter> open() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, original_id, topic, consumer_group, type, error, deliveries, original_payload, failed_at, status
                        FROM dead_letters WHERE status = 'OPEN' ORDER BY failed_at, id""")
                .map((rs, ctx) -> stored(rs))
                .list());
    }

    /** Sets the letter's status ({@code OPEN}, {@code RETRIED} or {@code DISCARDED}). */
    public void markStatus(long id, String status) {
        if (!StoredDeadLetter.STATUSES.contains(status))
            throw new IllegalArgumentException("dead letter status must be one of " + StoredDeadLetter.STATUSES + ", was " + status);
        int rows = jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE dead_letters SET status = :status, status_changed_at = :at WHERE id = :id")
                .bind("status", status)
                .bind("at", clock.now())
                .bind("id", id)
                .execute());
        if (rows != 1) throw new IllegalArgumentException("no dead letter with id " + id);
    }

    private static StoredDeadLetter stored(ResultSet rs) throws SQLException {
        DeadLetter letter = new DeadLetter(rs.getString("original_id"), rs.getString("topic"), rs.getString("consumer_group"),
                rs.getString("type"), rs.getString("error"), rs.getInt("deliveries"), rs.getString("original_payload"),
                Columns.instant(rs, "failed_at"));
        return new StoredDeadLetter(rs.getLong("id"), letter, rs.getString("status"));
    }
}
