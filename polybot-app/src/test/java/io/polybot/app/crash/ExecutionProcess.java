package io.polybot.app.crash;

import io.polybot.app.Polybot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The execution role in a JVM of its own ({@code polybot run --roles execution --bus redis}), as
 * production runs it, for the crash tests: started with or without a crash point, killed with
 * SIGKILL. Its output goes to a log file beside the test's data and is kept for assertions.
 */
final class ExecutionProcess implements AutoCloseable {
    /** Printed by {@code polybot run} once execution is taking signals. */
    static final String STARTED = "execution: sim mode";

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Path log;

    private ExecutionProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread.ofPlatform().daemon().name("execution-process-output").start(this::pump);
    }

    /**
     * @param crashAt a {@link io.polybot.execution.crash.CrashPoints} spec, or null to run normally
     */
    static ExecutionProcess start(String simBase, Map<String, String> environment, Path config, Path dataDir, String crashAt, Path log) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", classpath));
        if (crashAt != null) command.add("-Dpolybot.crash-at=" + crashAt);
        command.addAll(List.of(Polybot.class.getName(), "run", "--roles", "execution", "--bus", "redis", "--sim", simBase,
                "--instance", "crash-test", "--data-dir", dataDir.toString(), "--config", config.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new ExecutionProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the execution process", e);
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            // The process died (that is the point): what it printed is kept.
        }
    }

    long pid() { return process.pid(); }

    /** Waits for a line containing {@code text}; fails with the process's output when it does not come. */
    void awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.contains(text))) return;
            if (!process.isAlive() && lines.stream().noneMatch(l -> l.contains(text)))
                throw new AssertionError("execution process exited (" + process.exitValue() + ") before printing '" + text + "'; output in "
                        + log + ", ending:\n" + tail());
            Thread.sleep(20);
        }
        throw new AssertionError("execution process did not print '" + text + "' within " + timeout + "; output in " + log
                + ", ending:\n" + tail());
    }

    private String tail() {
        List<String> all = List.copyOf(lines);
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook, no flush, nothing after the current instruction. */
    int kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("process " + process.pid() + " survived SIGKILL");
        return process.exitValue();
    }

    @Override public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) kill9();
    }
}
