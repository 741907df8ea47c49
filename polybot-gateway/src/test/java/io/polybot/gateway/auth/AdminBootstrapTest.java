package io.polybot.gateway.auth;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a fresh embedded database per test, since the bootstrap depends on the users table being empty. */
class AdminBootstrapTest {
    @TempDir Path dataDir;
    Store store;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final PasswordHasher hasher = new PasswordHasher(256, 1, 1);
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    AdminBootstrap bootstrap;

    @BeforeEach void open() {
        store = Store.open(StoreConfig.embedded(dataDir));
        bootstrap = new AdminBootstrap(store.users(), store.auditLog(), hasher, new PrintStream(console, true, StandardCharsets.UTF_8));
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach void close() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        store.close();
    }

    @Test void createsAdminWithAGeneratedPasswordShownOnceWhenNoUserExists() {
        AdminBootstrap.Outcome first = bootstrap.run(null);

        assertThat(first).isEqualTo(new AdminBootstrap.Outcome.CreatedAdmin(true));
        Matcher shown = Pattern.compile("password: (\\S+)").matcher(console.toString(StandardCharsets.UTF_8));
        assertThat(shown.find()).isTrue();
        String password = shown.group(1);
        assertThat(password).hasSize(24);
        User admin = store.users().find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo("admin");
        assertThat(hasher.verify(password, admin.passwordHash())).isTrue();
        assertThat(logs.list).noneMatch(event -> event.getFormattedMessage().contains(password));

        String printed = console.toString(StandardCharsets.UTF_8);
        AdminBootstrap.Outcome second = bootstrap.run(null);

        assertThat(second).isEqualTo(new AdminBootstrap.Outcome.AlreadyHasUsers(1));
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
        assertThat(store.users().count()).isEqualTo(1);
    }

    @Test void usesTheConfiguredPasswordAndPrintsNothing() {
        AdminBootstrap.Outcome outcome = bootstrap.run("configured-password-1");

        assertThat(outcome).isEqualTo(new AdminBootstrap.Outcome.CreatedAdmin(false));
        assertThat(console.size()).isZero();
        assertThat(hasher.verify("configured-password-1", store.users().find("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test void leavesExistingUsersAlone() {
        store.users().create("alice", hasher.hash("alice-password"), "trader");

        assertThat(bootstrap.run("configured-password-1")).isEqualTo(new AdminBootstrap.Outcome.AlreadyHasUsers(1));
        assertThat(store.users().find("admin")).isEmpty();
    }

    @Test void refusesAShortConfiguredPasswordAndCreatesNoOne() {
        assertThatThrownBy(() -> bootstrap.run("short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("POLYBOT_ADMIN_PASSWORD must be at least 12 characters");
        assertThat(store.users().count()).isZero();
    }
}
