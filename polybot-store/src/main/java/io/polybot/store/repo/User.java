package io.polybot.store.repo;

import java.time.Instant;

/** A dashboard/API user. {@code passwordHash} is the encoded hash, never the password. */
public record User(long id, String username, String passwordHash, String role, Instant createdAt) {
    public User {
        if (username == null || username.isBlank() || passwordHash == null || role == null || createdAt == null)
            throw new IllegalArgumentException("user is missing a required field");
    }

    /** Never prints the hash. */
    @Override public String toString() {
        return "User[id=" + id + ", username=" + username + ", role=" + role + ", createdAt=" + createdAt + "]";
    }
}
