package io.polybot.store.repo;

import io.polybot.core.time.Clock;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

/** Dashboard and API users (table {@code users}). */
public final class UserRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    public UserRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<User> find(String username) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, username, password_hash, role, created_at FROM users WHERE username = :username")
                .bind("username", username)
                .mapTo(User.class)
                .findOne());
    }

    /** Creates the user; throws {@link IllegalStateException} when the username is taken. */
    public User create(String username, String passwordHash, String role) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO users (username, password_hash, role, created_at)
                        VALUES (:username, :passwordHash, :role, :createdAt)
                        ON CONFLICT (username) DO NOTHING
                        RETURNING id, username, password_hash, role, created_at""")
                .bind("username", username)
                .bind("passwordHash", passwordHash)
                .bind("role", role)
                .bind("createdAt", clock.now())
                .mapTo(User.class)
                .findOne()
                .orElseThrow(() -> new IllegalStateException("user '" + username + "' already exists")));
    }

    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one());
    }
}
