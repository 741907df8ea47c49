package io.polybot.app.e2e;

import io.polybot.app.Polybot;
import io.polybot.app.cli.ScreenshotsCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code polybot screenshots --out DIR} end to end: its own demo, a filled copy, and a real PNG of
 * every dashboard page. Like the console test it needs chromium and the dashboard's node_modules.
 */
class ScreenshotsCommandTest {
    static final List<String> PAGES = List.of("overview", "whales", "whale-detail", "signals", "orders", "order-detail",
            "positions", "strategies", "system", "settings");
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir Path out;

    @Test void outsideTheCheckoutItSaysWhereToRun() {
        assertThatThrownBy(() -> ScreenshotsCommand.repoRoot(out)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no Polybot source checkout at or above " + out.toAbsolutePath()).hasMessageContaining("run this from the checkout");
    }

    @Test void savesAScreenshotOfEveryPage() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = new CommandLine(new Polybot()).setOut(new PrintWriter(stdout, true)).setErr(new PrintWriter(stderr, true))
                .execute("screenshots", "--out", out.toString());
        System.out.println(stdout);
        assertThat(exit).as("exit code; stderr: %s", stderr).isZero();

        for (String page : PAGES) {
            Path png = out.resolve(page + ".png");
            assertThat(png).as("screenshot of %s", page).isRegularFile();
            assertThat(Files.size(png)).as("size of %s", png).isGreaterThan(10_240);
            byte[] head = Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length);
            assertThat(head).as("PNG signature of %s", png).isEqualTo(PNG_SIGNATURE);
            assertThat(stdout.toString()).as("the command names the file it wrote").contains(png.toString());
        }
    }
}
