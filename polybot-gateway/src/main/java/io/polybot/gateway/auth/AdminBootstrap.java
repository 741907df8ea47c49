package io.polybot.gateway.auth;

import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * First start: with no user at all, creates {@code admin} (role admin) so someone can sign in.
 * The password is the configured one ({@code POLYBOT_ADMIN_PASSWORD}) or, without one, a
 * generated password shown once on the console and nowhere else (never logged).
 */
public final class AdminBootstrap {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    public static final String ADMIN_USERNAME = "admin";
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final int GENERATED_PASSWORD_BYTES = 18; // 144 bits, 24 characters

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordHasher hasher;
    private final PrintStream console;
    private final SecureRandom random = new SecureRandom();

    /** What the bootstrap did. */
    public sealed interface Outcome {
        record AlreadyHasUsers(long users) implements Outcome {}

        record CreatedAdmin(boolean generatedPassword) implements Outcome {}
    }

    public AdminBootstrap(UserRepository users, AuditLogRepository audit, PasswordHasher hasher, PrintStream console) {
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.console = console;
    }

    /** @param configuredPassword the admin password from the environment, or null to generate one */
    public Outcome run(String configuredPassword) {
        long existing = users.count();
        if (existing > 0) return new Outcome.AlreadyHasUsers(existing);
        if (configuredPassword != null && configuredPassword.length() < MIN_PASSWORD_LENGTH)
            throw new IllegalArgumentException("POLYBOT_ADMIN_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters");
        boolean generate = configuredPassword == null;
        String password = generate ? generatePassword() : configuredPassword;
        try {
            users.create(ADMIN_USERNAME, hasher.hash(password), Role.ADMIN.wireName());
        } catch (RuntimeException e) {
            // Another gateway sharing the database created the first user in the meantime.
            long now = users.count();
            if (now > 0) return new Outcome.AlreadyHasUsers(now);
            throw e;
        }
        audit.record("system", "user.created", "bootstrap admin '" + ADMIN_USERNAME + "'"
                + (generate ? " with a generated password" : " with the configured password"));
        if (generate) printOnce(password);
        log.info("created user '{}' (role admin) because no user existed", ADMIN_USERNAME);
        return new Outcome.CreatedAdmin(generate);
    }

    private String generatePassword() {
        byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void printOnce(String password) {
        String rule = "=".repeat(72);
        console.println();
        console.println(rule);
        console.println("  POLYBOT FIRST START: an admin user was created.");
        console.println();
        console.println("    username: " + ADMIN_USERNAME);
        console.println("    password: " + password);
        console.println();
        console.println("  This password is shown only this once and is not logged. Store it now.");
        console.println("  (Set POLYBOT_ADMIN_PASSWORD before the first start to choose it yourself.)");
        console.println(rule);
        console.println();
        console.flush();
    }
}
