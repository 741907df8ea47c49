package io.polybot.app.cli;

import io.polybot.polymarket.conformance.VectorConformance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polybot conformance --vectors FILE}: checks a file written by {@code
 * ../shared/tools/polymarket-vectors} against the SDK, one line per failing vector, then {@code N
 * passed, M failed}; exit status 1 when any failed.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = {"Checks Polymarket test vectors (official npm client output) against this SDK.",
                "Prints one line per failure (vector id, first differing field, expected and actual), then 'N passed, M failed'.",
                "Exit status 1 when any vector failed."})
public final class ConformanceCommand implements Callable<Integer> {
    @Option(names = "--vectors", required = true, paramLabel = "FILE",
            description = "A vector file written by tools/polymarket-vectors/gen.mjs.")
    Path vectors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VectorConformance.Report report = VectorConformance.checkFile(vectors);
        PrintWriter out = spec.commandLine().getOut();
        for (VectorConformance.Failure f : report.failures()) out.println(f.line());
        out.println(report.summary());
        out.flush();
        return report.failed() > 0 ? 1 : 0;
    }
}
