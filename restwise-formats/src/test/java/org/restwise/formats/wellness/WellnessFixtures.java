package org.restwise.formats.wellness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared wellness corpus ({@code shared/wellness}, beside the repository in CI and on the team's
 * machines), found through {@code RESTWISE_WELLNESS_FIXTURES} or by walking up from the working
 * directory. Tests fail, never skip, when it is missing, so a green build means they ran. Its
 * GPL-licensed files are read from there and never copied into the project.
 */
final class WellnessFixtures {

    private static final Path ROOT = locate();

    private WellnessFixtures() {
    }

    static Path file(String relative) {
        Path file = ROOT.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("wellness fixture missing: " + file);
        }
        return file;
    }

    /** The {@code file} column of {@code manifest.csv}: every recording of the corpus. */
    static List<String> manifest() {
        try {
            List<String> files = new ArrayList<>();
            List<String> lines = Files.readAllLines(ROOT.resolve("manifest.csv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    files.add(line.substring(0, line.indexOf(',')));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        String env = System.getenv("RESTWISE_WELLNESS_FIXTURES");
        if (env != null && !env.isBlank()) {
            Path given = Paths.get(env);
            if (Files.isRegularFile(given.resolve("manifest.csv"))) {
                return given.toAbsolutePath();
            }
            throw new IllegalStateException("RESTWISE_WELLNESS_FIXTURES=" + env + " holds no manifest.csv");
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("wellness");
            if (Files.isRegularFile(candidate.resolve("manifest.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/wellness not found above " + Paths.get("").toAbsolutePath()
                + "; set RESTWISE_WELLNESS_FIXTURES to the corpus folder");
    }
}
