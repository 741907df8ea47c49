package io.polybot.store.repo;

import io.polybot.core.time.Clock;
import org.jdbi.v3.core.Jdbi;

import java.util.List;

/** Who did what and when: kill switch, whitelist edits, logins, config changes (table {@code audit_log}). */
public final class AuditLogRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLogRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void record(String actor, String action, String detail) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (actor, action, detail, recorded_at) VALUES (:actor, :action, :detail, :at)""")
                .bind("actor", actor)
                .bind("action", action)
                .bind("detail", detail)
                .bind("at", clock.now())
                .execute());
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, actor, action, detail, recorded_at AS at FROM audit_log
                        ORDER BY recorded_at DESC, id DESC LIMIT :limit""")
                .bind("limit", limit)
                .mapTo(AuditEntry.class)
                .list());
    }
}
