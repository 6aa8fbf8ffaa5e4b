package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.journal.ActivityImporter;
import org.restwise.app.journal.ActivityImporter.Result;
import org.restwise.app.journal.ImportSummary;
import org.restwise.app.json.ImportSummaryJson;
import org.restwise.app.json.Json;
import org.restwise.formats.ActivityFiles;
import org.restwise.app.access.AthleteJournal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restwise import PATH...}: activities from watch files and exports become journal sessions, once. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import activities from your watch or Strava/Garmin exports into the journal.",
            "Reads GPX, TCX and FIT files (also gzipped), directories, Strava and Garmin export zips:",
            "each activity becomes a session, its type guessed from distance, climbing, descending, duration and",
            "heart rate (correct it with 'sessions edit ID'). Importing the same run again, from the same file",
            "or another format, changes nothing. Exit status 1 when a file was skipped; the rest is imported."})
public final class ImportCommand implements Callable<Integer> {

    /** Listing every imported session would bury the skips under thousands of lines. */
    static final int LISTED_IMPORTS = 20;

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", description = "Print the summary as JSON: imported, alreadyThere, skipped.")
    boolean json;
    @Option(names = "--recovery", description = "Store these activities as recovery sessions, checked against the recovery dose.")
    boolean recovery;
    @Option(names = "--no-progress", negatable = false, description = "Do not show a progress bar, even on a long import.")
    boolean noProgress;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Activity files, directories or export zips.")
    List<Path> paths;

    @Override
    public Integer call() {
        AthleteJournal store = database.journal();
        Optional<Integer> maxHeartRate = store.read(j -> j.profile().find().flatMap(p -> p.athlete().maxHeartRate()));
        ActivityImporter importer = new ActivityImporter(store, ZoneId.systemDefault(), recovery, maxHeartRate);
        ActivityFiles reader = new ActivityFiles();
        ImportSummary summary = new ImportSummary();
        PrintWriter err = spec.commandLine().getErr();
        try (ImportProgress progress = ImportProgress.start(paths, err, !noProgress)) {
            for (Path path : paths) {
                reader.read(path, outcome -> {
                    summary.accept(importer.importOne(outcome));
                    progress.step();
                });
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (foundNothing(summary)) {
            // Exit 1 so a script sees it: a wrong folder otherwise looks like "all already imported".
            err.println("restwise: no activity files in " + TerminalText.escaped(String.join(", ", paths.stream()
                    .map(Path::toString).toList())) + " (Restwise reads .fit, .gpx and .tcx files, gzipped or not, and export .zip files).");
            err.flush();
            return CliErrors.FAILURE;
        }
        if (json) {
            out.println(Json.pretty(ImportSummaryJson.write(summary)));
        } else {
            printText(out, summary.imported(), summary.alreadyThere(), summary.skipped());
        }
        out.flush();
        return summary.skipped().isEmpty() ? 0 : CliErrors.FAILURE;
    }

    private static boolean foundNothing(ImportSummary summary) {
        return summary.imported().isEmpty() && summary.alreadyThere().isEmpty() && summary.skipped().isEmpty();
    }

    private static void printText(PrintWriter out, List<Result.Imported> imported, List<Result.AlreadyThere> alreadyThere,
                                  List<Result.Skipped> skipped) {
        out.printf("Imported %d, already there %d, skipped %d.%n", imported.size(), alreadyThere.size(), skipped.size());
        if (!imported.isEmpty() && imported.size() <= LISTED_IMPORTS) {
            for (Result.Imported i : imported) {
                String type = i.session().typeName();
                String why = i.session().isRecovery()
                        ? i.session().recovery().flatMap(r -> r.mediumWork()).map(r -> "this turned into medium work: " + r)
                                .orElse("stayed within the recovery dose")
                        : i.inferred().reason();
                out.printf("  session %d  %s  %s  (%s)  %s%n", i.sessionId(), i.session().date(), type, why,
                        TerminalText.escaped(i.source()));
            }
        }
        if (!imported.isEmpty()) {
            out.println("A type guessed wrong? Correct it with: restwise sessions edit ID --json FILE");
        }
        for (Result.Skipped s : skipped) {
            out.printf("  skipped %s: %s%n", TerminalText.escaped(s.source()), TerminalText.escaped(s.reason()));
        }
    }
}
