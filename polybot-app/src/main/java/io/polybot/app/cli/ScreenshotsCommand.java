package io.polybot.app.cli;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.demo.DemoMode;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code polybot screenshots --out DIR}: a demo on a free port with a throw-away database, one copied
 * whale trade in it, and a PNG of every dashboard page taken by headless chromium
 * ({@code dashboard/e2e/screenshots.mjs}). Needs the source checkout: node, the dashboard's
 * node_modules (playwright-core) and the Debian chromium.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = {"Saves a PNG of every dashboard page into DIR.",
                "A demo starts on a free port with a temporary database; once a copied whale trade has filled,",
                "headless chromium takes the pictures (dashboard/e2e/screenshots.mjs).",
                "Run it from the source checkout: it needs node, dashboard/node_modules (npm install) and chromium."})
public final class ScreenshotsCommand implements Callable<Integer> {
    /** The Debian package's binary; playwright's own browser download is never used. */
    public static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration FILL_TIMEOUT = Duration.ofSeconds(90);
    /** A whale trade the sim could not place (nothing to buy) or a copy that never came is retried this often. */
    private static final Duration RETRIGGER_AFTER = Duration.ofSeconds(20);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files (created if missing).")
    Path out;

    @Option(names = "--chromium", paramLabel = "FILE",
            description = "The chromium binary (default: $CHROMIUM, else /usr/bin/chromium).")
    Path chromium;

    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path browser = chromium != null ? chromium : Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of).orElse(DEFAULT_CHROMIUM);
        Path root;
        try {
            root = repoRoot(Path.of("").toAbsolutePath());
            requireTools(root, browser);
        } catch (IllegalStateException e) {
            err.println("polybot screenshots: " + e.getMessage());
            err.flush();
            return 1;
        }
        Path dataDir = Files.createTempDirectory("polybot-screenshots-");
        String password = randomPassword();
        PolybotConfig cfg = PolybotConfig.load(null, Map.of("polybot.data-dir", dataDir.toString(), "polybot.gateway.port", 0,
                "polybot.admin-password", password));
        try (DemoMode demo = DemoMode.start(cfg, new PrintStream(OutputStream.nullOutputStream()))) {
            String baseUrl = "http://127.0.0.1:" + demo.gatewayPort();
            console.println("demo running at " + baseUrl + "; waiting for a copied whale trade to fill ...");
            console.flush();
            Optional<Order> copied = awaitFilledCopy(demo);
            if (copied.isEmpty()) {
                err.println("polybot screenshots: no copied order FILLED within " + FILL_TIMEOUT.toSeconds() + " s of the whale trade");
                err.flush();
                return 1;
            }
            Order filled = copied.get();
            console.println("order " + filled.hash().value() + " FILLED; taking screenshots into " + out.toAbsolutePath());
            console.flush();
            int exit;
            try {
                exit = runNodeScript(root, "e2e/screenshots.mjs",
                        Map.of("BASE_URL", baseUrl, "ADMIN_PASSWORD", password, "CHROMIUM", browser.toString()),
                        List.of("--out", out.toAbsolutePath().toString()), line -> { console.println(line); console.flush(); }, SCRIPT_TIMEOUT);
            } catch (IOException e) {
                err.println("polybot screenshots: " + e.getMessage());
                err.flush();
                return 1;
            }
            if (exit != 0) err.println("polybot screenshots: screenshots.mjs exited with " + exit);
            err.flush();
            return exit == 0 ? 0 : 1;
        } finally {
            deleteRecursively(dataDir, err);
        }
    }

    /** Makes the sim's whale trade (again if nothing comes of it) until one of our copies is FILLED. */
    static Optional<Order> awaitFilledCopy(DemoMode demo) throws InterruptedException {
        Instant deadline = Instant.now().plus(FILL_TIMEOUT);
        Instant nextTrigger = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            Optional<Order> filled = demo.store().orders().recent(50).stream().filter(o -> o.status() == OrderStatus.FILLED).findFirst();
            if (filled.isPresent()) return filled;
            if (!Instant.now().isBefore(nextTrigger)) {
                demo.sim().triggerWhaleTrade();
                nextTrigger = Instant.now().plus(RETRIGGER_AFTER);
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }

    /**
     * The source checkout: the nearest folder at or above {@code from} holding the {@code polybot}
     * launcher and {@code dashboard/}.
     */
    public static Path repoRoot(Path from) {
        for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("polybot")) && Files.isDirectory(dir.resolve("dashboard"))) return dir;
        }
        throw new IllegalStateException("no Polybot source checkout at or above " + from.toAbsolutePath()
                + " (looked for a folder with the polybot launcher and dashboard/): run this from the checkout");
    }

    /** Fails with what to install when chromium or the dashboard's playwright-core is missing. */
    public static void requireTools(Path root, Path chromium) {
        if (!Files.isExecutable(chromium))
            throw new IllegalStateException("no chromium at " + chromium + ": install the Debian package (apt-get install chromium) or pass --chromium / set CHROMIUM");
        if (!Files.isRegularFile(root.resolve("dashboard/node_modules/playwright-core/package.json")))
            throw new IllegalStateException("dashboard/node_modules/playwright-core is missing: run 'npm install' in " + root.resolve("dashboard")
                    + " (the Maven build of the dashboard module does it)");
    }

    /**
     * Runs {@code node SCRIPT ARGS} in {@code dashboard/} with the extra environment, handing each
     * output line (stdout and stderr together) to {@code lines}; returns its exit code. A script
     * still running after {@code timeout} is killed and counts as failed.
     */
    public static int runNodeScript(Path root, String script, Map<String, String> env, List<String> args, Consumer<String> lines, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve("dashboard").toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("could not start node (is Node.js 20+ on the PATH?): " + e.getMessage(), e);
        }
        Thread pump = Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) lines.accept(line);
            } catch (IOException e) {
                lines.accept("(output of " + script + " lost: " + e.getMessage() + ")");
            }
        });
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            pump.join(Duration.ofSeconds(5));
            lines.accept(script + " did not finish within " + timeout.toSeconds() + " s and was killed");
            return -1;
        }
        pump.join(Duration.ofSeconds(5));
        return process.exitValue();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Best effort: a folder left behind in the temp dir is reported, never worth failing the screenshots for. */
    private static void deleteRecursively(Path dir, PrintWriter err) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            err.println("polybot screenshots: could not delete the temporary data folder " + dir + ": " + e.getMessage());
            err.flush();
        }
    }
}
