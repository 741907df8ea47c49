package io.polybot.polymarket.crypto;

import java.io.Console;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where a keystore password comes from when the caller has none: the environment variable
 * {@value #ENVIRONMENT_VARIABLE} if set, else an echo-free prompt on the console, else an error
 * that says how to supply it. The password is never logged and never put in an exception.
 *
 * <p>The environment's value is a {@link String} the JVM cannot wipe; the {@code char[]} this
 * class hands out is a copy the caller must wipe ({@code Arrays.fill(password, '\0')}), as
 * {@code PrivateKeySigner.fromKeystore(Path)} does.
 */
public final class KeystorePassword {
    public static final String ENVIRONMENT_VARIABLE = "POLYBOT_KEYSTORE_PASSWORD";

    /** Reads a password without echo; {@code System.console()} in production. */
    @FunctionalInterface
    public interface Prompt {
        char[] readPassword(String message);
    }

    private final UnaryOperator<String> environment;
    private final Prompt prompt;

    /** {@code prompt} null means there is no console to ask on. */
    public KeystorePassword(UnaryOperator<String> environment, Prompt prompt) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.prompt = prompt;
    }

    /** The process environment and, when the JVM has one, its console. */
    public static KeystorePassword system() {
        Console console = System.console();
        return new KeystorePassword(System::getenv,
                console == null ? null : message -> console.readPassword("%s", message));
    }

    /** A fresh copy of the password for {@code keystore}; the caller wipes it after use. */
    public char[] read(Path keystore) {
        String fromEnvironment = environment.apply(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) return fromEnvironment.toCharArray();
        if (prompt == null)
            throw new IllegalStateException("no keystore password: set " + ENVIRONMENT_VARIABLE
                    + " or run with a console (an interactive terminal) to be asked for it");
        char[] typed = prompt.readPassword("Password for keystore " + keystore.getFileName() + ": ");
        if (typed == null) throw new IllegalStateException("no keystore password: the console was closed before one was typed");
        return typed;
    }
}
