package org.restwise.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The shared corpus of real device files, read in place (never copied into the project: some are
 * under licences the project cannot carry). Found by walking up to {@code shared/fixtures}, or at
 * {@code RESTWISE_FIXTURES}.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    public static Path path(String relative) {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("fixtures");
            if (Files.isRegularFile(candidate.resolve("manifest.csv"))) {
                return candidate.resolve(relative);
            }
        }
        String env = System.getenv("RESTWISE_FIXTURES");
        if (env != null && !env.isBlank()) {
            return Paths.get(env).resolve(relative);
        }
        throw new IllegalStateException("shared/fixtures not found; set RESTWISE_FIXTURES to the corpus folder");
    }

    /** A file of the shared wellness corpus, beside the activity fixtures. */
    static byte[] wellnessBytes(String relative) {
        return bytes("../wellness/" + relative);
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
