package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polybot.polymarket.Vectors;
import io.polybot.polymarket.conformance.VectorConformance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Generates fresh vectors with the official npm clients ({@code tools/polymarket-vectors}) under
 * a random seed and checks every one byte for byte. Skips, saying why, when node or npm is
 * missing or the packages cannot be installed. Reproduce a failure with
 * {@code -Dpolybot.vectors.seed=SEED}; {@code -Dpolybot.vectors.count=N} changes the count;
 * {@code -Dpolybot.vectors.file=PATH} checks an already generated file instead.
 */
class FreshVectorsTest {
    @Test
    void officialClientOutputsForARandomSeedAreReproduced() throws Exception {
        String file = System.getProperty("polybot.vectors.file");
        if (file != null) {
            checkAll(Path.of(file), "file " + file, -1);
            return;
        }
        assumeTrue(runs("node", "--version"), "node not found on PATH: skipping the fresh-vector generator test");
        assumeTrue(runs("npm", "--version"), "npm not found on PATH: skipping the fresh-vector generator test");
        Path work = prepareGenerator();
        String seed = System.getProperty("polybot.vectors.seed", Long.toUnsignedString(new SecureRandom().nextLong(), 36));
        int count = Integer.getInteger("polybot.vectors.count", 1000);
        System.out.println("FreshVectorsTest: node gen.mjs --seed " + seed + " --count " + count);
        Path out = work.resolve("fresh-vectors.json");
        Process gen = new ProcessBuilder("node", "gen.mjs", "--seed", seed, "--count", Integer.toString(count), "--out", out.toString())
                .directory(work.toFile()).redirectErrorStream(true).start();
        String log = new String(gen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gen.waitFor(5, TimeUnit.MINUTES)).as("gen.mjs finished").isTrue();
        assertThat(gen.exitValue()).as("gen.mjs exit code; output:\n" + log).isZero();

        checkAll(out, "seed " + seed, count);
    }

    private static void checkAll(Path vectors, String origin, int expectedCount) {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode v : Vectors.load(vectors).get("vectors")) {
            for (var error : VectorConformance.check(v)) failures.add(v.get("id").stringValue() + ": " + error);
            checked++;
        }
        System.out.println("FreshVectorsTest: " + origin + ", " + checked + " vectors checked, " + failures.size() + " mismatches");
        if (expectedCount >= 0) assertThat(checked).isEqualTo(expectedCount);
        assertThat(failures).as("mismatches for " + origin).isEmpty();
    }

    // The shared folder is read-only: copy the generator into target/ and install there once;
    // later builds reuse node_modules while package-lock.json is unchanged.
    private static Path prepareGenerator() throws IOException, InterruptedException {
        Path source = Vectors.sharedDir().resolve("tools/polymarket-vectors");
        Path work = Paths.get("target", "polymarket-vectors").toAbsolutePath();
        Files.createDirectories(work);
        boolean lockChanged = !Files.exists(work.resolve("package-lock.json"))
                || Files.mismatch(source.resolve("package-lock.json"), work.resolve("package-lock.json")) != -1;
        for (String f : List.of("gen.mjs", "package.json", "package-lock.json")) {
            Files.copy(source.resolve(f), work.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (lockChanged || !Files.isDirectory(work.resolve("node_modules/@polymarket/clob-client-v2"))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = npm.waitFor(5, TimeUnit.MINUTES);
            assumeTrue(done && npm.exitValue() == 0,
                    "npm ci could not install the official Polymarket clients (offline?): skipping.\n" + log);
        }
        return work;
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
