package io.polybot.app.e2e;

import io.polybot.app.cli.ScreenshotsCommand;
import io.polybot.app.config.PolybotConfig;
import io.polybot.app.demo.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The operator's console in a real browser: the demo runs in this JVM with the built dashboard, and
 * {@code dashboard/e2e/console.e2e.mjs} drives headless Debian chromium through playwright-core
 * (login, live orders and signals, pin, a strategy change, the kill switch). Missing chromium or
 * node_modules fail the test: CI installs both, and a skipped browser test proves nothing.
 */
class DashboardEndToEndTest {
    static final String PASSWORD = "e2e-console-password-1";
    @TempDir Path dataDir;

    @Test void theConsoleWorksEndToEndInChromium() throws Exception {
        Path root = ScreenshotsCommand.repoRoot(Path.of(""));
        Path chromium = Optional.ofNullable(System.getenv("CHROMIUM")).map(Path::of).orElse(ScreenshotsCommand.DEFAULT_CHROMIUM);
        try {
            ScreenshotsCommand.requireTools(root, chromium);
        } catch (IllegalStateException e) {
            fail("the browser end-to-end test cannot run: " + e.getMessage());
        }
        PolybotConfig cfg = PolybotConfig.load(null, Map.of("polybot.data-dir", dataDir.toString(), "polybot.gateway.port", 0,
                "polybot.admin-password", PASSWORD, "polybot.execution.status-interval", "1s"));
        try (DemoMode demo = DemoMode.start(cfg, new PrintStream(new ByteArrayOutputStream(), true))) {
            Map<String, String> env = Map.of(
                    "BASE_URL", "http://127.0.0.1:" + demo.gatewayPort(),
                    "ADMIN_PASSWORD", PASSWORD,
                    "SIM_URL", demo.sim().baseUrls().sim().toString(),
                    "CHROMIUM", chromium.toString(),
                    "FAILURE_DIR", buildDir().resolve("e2e-failures").toString());
            int exit = ScreenshotsCommand.runNodeScript(root, "e2e/console.e2e.mjs", env, List.of(),
                    line -> System.out.println("[console.e2e] " + line), Duration.ofSeconds(150));
            assertThat(exit).as("exit code of dashboard/e2e/console.e2e.mjs (its steps are printed above)").isZero();
        }
    }

    /** This module's build folder (target, or target-x with -Dpolybot.build.dir), where failure screenshots go. */
    static Path buildDir() throws URISyntaxException {
        return Path.of(DashboardEndToEndTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
