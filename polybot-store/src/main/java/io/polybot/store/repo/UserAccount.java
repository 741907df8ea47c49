package io.polybot.store.repo;

import java.time.Instant;

/** A user as listed to admins: no hash, no secret, only whether a second factor is active. */
public record UserAccount(String username, String role, boolean totpEnrolled, Instant createdAt) {}
