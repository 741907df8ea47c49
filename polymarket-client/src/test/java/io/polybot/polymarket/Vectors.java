package io.polybot.polymarket;

import io.polybot.polymarket.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Locates the shared folder (vectors, captures) and loads its JSON files. */
public final class Vectors {
    private Vectors() {}

    /** System property {@code polybot.shared.dir}, else ../../shared from the module, else ../shared from the repo. */
    public static Path sharedDir() {
        String prop = System.getProperty("polybot.shared.dir");
        List<Path> candidates = new ArrayList<>();
        if (prop != null && !prop.isBlank()) candidates.add(Path.of(prop));
        Path cwd = Path.of("").toAbsolutePath();
        candidates.add(cwd.resolve("../../shared").normalize());
        candidates.add(cwd.resolve("../shared").normalize());
        for (Path p : candidates) if (Files.isDirectory(p.resolve("polymarket/vectors"))) return p;
        throw new IllegalStateException("shared folder not found; tried " + candidates);
    }

    public static Path vectorFile(String name) {
        return sharedDir().resolve("polymarket/vectors").resolve(name);
    }

    public static JsonNode load(Path file) {
        try {
            return Json.parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode vectors(String name) {
        return load(vectorFile(name)).get("vectors");
    }
}
