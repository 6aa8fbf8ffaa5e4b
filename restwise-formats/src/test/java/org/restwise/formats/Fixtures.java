package org.restwise.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The shared activity-file corpus ({@code shared/fixtures}, beside the repository in CI and on the
 * team's machines). Found through {@code RESTWISE_FIXTURES}, or by walking up from the working
 * directory; tests fail, never skip, when it is missing, so a green build always means they ran.
 */
final class Fixtures {

    private static final Path ROOT = locate();

    private Fixtures() {
    }

    static Path root() {
        return ROOT;
    }

    static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("fixture missing: " + file);
        }
        return file;
    }

    private static Path locate() {
        String env = System.getenv("RESTWISE_FIXTURES");
        if (env != null && !env.isBlank()) {
            Path given = Paths.get(env);
            if (Files.isRegularFile(given.resolve("manifest.csv"))) {
                return given.toAbsolutePath();
            }
            throw new IllegalStateException("RESTWISE_FIXTURES=" + env + " holds no manifest.csv");
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isRegularFile(candidate.resolve("manifest.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/fixtures not found above " + Paths.get("").toAbsolutePath()
                + "; set RESTWISE_FIXTURES to the corpus folder");
    }
}
