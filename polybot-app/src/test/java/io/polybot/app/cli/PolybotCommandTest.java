package io.polybot.app.cli;

import io.polybot.app.Polybot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PolybotCommandTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new Polybot()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "run", "sim", "dlq", "dlq list", "dlq retry", "dlq discard", "wallets", "wallets score", "wallets pin",
            "wallets unpin", "wallets ban", "wallets unban", "wallets evaluate", "conformance", "bench", "bench latency", "screenshots"})
    void everyCommandHasHelp(String command) {
        Run run = run((command + " --help").split(" "));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: polybot " + command).contains("--help");
    }

    @Test void topLevelHelpListsTheCommands() {
        Run run = run("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("demo").contains("run").contains("sim").contains("dlq").contains("screenshots");
    }

    @Test void demoOptionsBecomeConfigOverrides() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs("--port", "9090", "--seed", "7", "--speed", "2.5", "--data-dir", "/tmp/x");
        assertThat(demo.overrides()).containsEntry("polybot.gateway.port", 9090).containsEntry("polybot.demo.seed", 7L)
                .containsEntry("polybot.demo.speed", "2.5").containsEntry("polybot.data-dir", Path.of("/tmp/x").toAbsolutePath().toString());
    }

    @Test void anUnknownOptionIsRefusedWithUsage() {
        Run run = run("demo", "--speeed", "2");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--speeed', '2'").contains("Possible solutions: --speed");
    }
}
