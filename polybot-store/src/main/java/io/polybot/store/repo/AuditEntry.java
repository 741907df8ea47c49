package io.polybot.store.repo;

import java.time.Instant;

/** One line of the audit log: who did what, when. */
public record AuditEntry(long id, String actor, String action, String detail, Instant at) {}
