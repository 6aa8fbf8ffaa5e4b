package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.restwise.app.journal.JournalExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise export --out FILE}: the whole journal as one versioned JSON document. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write everything (profile, check-ins with their decisions, sessions with their imported activities) to one JSON file.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the backup.")
    Path out;

    @Override
    public Integer call() {
        String document = JournalExport.document(database.journal());
        Path target = out.toAbsolutePath();
        try {
            // Write beside the target, then move: a crash never leaves a half-written backup under its name.
            Path temporary = Files.createTempFile(target.getParent(), ".restwise-export", ".tmp");
            Files.writeString(temporary, document, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserInputException("--out: no such directory " + target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("Exported the journal to " + out + ".");
        return 0;
    }
}
