package io.polybot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.app.Polybot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code polybot conformance} on the committed sample of official-client vectors, as is and tampered with. */
class ConformanceCommandTest {
    private static final Path SAMPLE = Path.of(System.getProperty("polybot.shared.dir", "../../shared"))
            .resolve("polymarket/vectors/generated_sample.json");

    record Run(int exit, String out) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new Polybot()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter())).execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void aConformingFilePassesWithExitZero() {
        Run run = run("conformance", "--vectors", SAMPLE.toString());
        assertThat(run.out()).isEqualTo("20 passed, 0 failed" + System.lineSeparator());
        assertThat(run.exit()).isZero();
    }

    @Test
    void aTamperedVectorIsReportedWithItsFirstDifferingFieldAndExitsNonZero(@TempDir Path dir) throws Exception {
        String original = Files.readString(SAMPLE);
        // order-0's taker amount as the official client computed it, changed by one base unit.
        int at = original.indexOf("\"taker_amount\"");
        int start = original.indexOf('"', original.indexOf(':', at)) + 1;
        int end = original.indexOf('"', start);
        String amount = original.substring(start, end);
        String tampered = original.substring(0, start) + (Long.parseLong(amount) + 1) + original.substring(end);
        Path file = dir.resolve("tampered.json");
        Files.writeString(file, tampered);

        Run run = run("conformance", "--vectors", file.toString());

        assertThat(run.out().lines().toList()).containsExactly(
                "order-0: taker amount: expected <" + (Long.parseLong(amount) + 1) + "> but was <" + amount + ">",
                "19 passed, 1 failed");
        assertThat(run.exit()).isEqualTo(1);
    }
}
