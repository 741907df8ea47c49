package io.polybot.store.repo;

import io.polybot.core.time.Clock;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
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

    public long countWithRole(String role) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM users WHERE role = :role")
                .bind("role", role).mapTo(Long.class).one());
    }

    /** Every user by name, without hashes or secrets. */
    public List<UserAccount> accounts() {
        return jdbi.withHandle(handle -> handle.createQuery(ACCOUNT_SELECT + " ORDER BY username")
                .map((rs, ctx) -> new UserAccount(rs.getString("username"), rs.getString("role"), rs.getBoolean("totp_enrolled"),
                        Columns.instant(rs, "created_at")))
                .list());
    }

    public Optional<UserAccount> account(String username) {
        return jdbi.withHandle(handle -> handle.createQuery(ACCOUNT_SELECT + " WHERE username = :username")
                .bind("username", username)
                .map((rs, ctx) -> new UserAccount(rs.getString("username"), rs.getString("role"), rs.getBoolean("totp_enrolled"),
                        Columns.instant(rs, "created_at")))
                .findOne());
    }

    /** False when there is no such user. */
    public boolean updateRole(String username, String role) {
        return update("UPDATE users SET role = :value WHERE username = :username", username, role);
    }

    /** False when there is no such user. */
    public boolean updatePasswordHash(String username, String passwordHash) {
        return update("UPDATE users SET password_hash = :value WHERE username = :username", username, passwordHash);
    }

    /** False when there is no such user. */
    public boolean delete(String username) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM users WHERE username = :username")
                .bind("username", username).execute() == 1);
    }

    public Optional<TotpState> totp(String username) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT totp_secret, totp_pending_secret, totp_last_step FROM users WHERE username = :username")
                .bind("username", username)
                .map((rs, ctx) -> new TotpState(rs.getString("totp_secret"), rs.getString("totp_pending_secret"),
                        rs.getObject("totp_last_step", Long.class)))
                .findOne());
    }

    /** Stores a pending secret (replacing any earlier pending one); the active secret stays until it is verified. */
    public boolean startTotpEnrolment(String username, String pendingSecret) {
        return update("UPDATE users SET totp_pending_secret = :value WHERE username = :username", username, pendingSecret);
    }

    /**
     * Makes the pending secret the active one, if it is still {@code pendingSecret} (no newer
     * enrolment started meanwhile), and records {@code step} as used.
     */
    public boolean activateTotp(String username, String pendingSecret, long step) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_last_step = :step
                        WHERE username = :username AND totp_pending_secret = :pending""")
                .bind("username", username).bind("pending", pendingSecret).bind("step", step)
                .execute() == 1);
    }

    /** Records {@code step} as used unless it (or a later one) already was: true when the code may be accepted. */
    public boolean acceptTotpStep(String username, long step) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE users SET totp_last_step = :step
                        WHERE username = :username AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .bind("username", username).bind("step", step)
                .execute() == 1);
    }

    private boolean update(String sql, String username, String value) {
        return jdbi.withHandle(handle -> handle.createUpdate(sql).bind("username", username).bind("value", value).execute() == 1);
    }

    private static final String ACCOUNT_SELECT =
            "SELECT username, role, totp_secret IS NOT NULL AS totp_enrolled, created_at FROM users";
}
