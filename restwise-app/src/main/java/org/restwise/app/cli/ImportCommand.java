package org.restwise.app.cli;

import java.time.Clock;
import java.util.function.UnaryOperator;
import org.restwise.app.journal.BodyImporter;
import org.restwise.app.journal.JournalFiles;
import org.restwise.app.json.WellnessWords;
import org.restwise.formats.wellness.WellnessFiles;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
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
        description = {"Import activities and body readings from your watch, apps or exports into the journal.",
            "Reads GPX, TCX and FIT files (also gzipped), directories, Strava and Garmin export zips:",
            "each activity becomes a session, its type guessed from distance, climbing, descending, duration and",
            "heart rate (correct it with 'sessions edit ID'). Importing the same run again, from the same file",
            "or another format, changes nothing. Also reads body readings (HRV, resting heart rate, sleep): FIT",
            "monitoring, sleep, HRV and morning-recording files, Garmin Connect JSON and export folders, Apple Health",
            "export.xml, Polar RR and .hrm files, RR lists, and the CSV of HRV4Training, intervals.icu, WHOOP and Oura.",
            "Exit status 1 when a file was skipped; the rest is imported."})
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
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Activity or wellness files, folders or export zips.")
    List<Path> paths;

    @Override
    public Integer call() {
        AthleteJournal store = database.journal();
        ActivityImporter importer = new ActivityImporter(store, ZoneId.systemDefault(), recovery);
        ImportSummary summary = new ImportSummary();
        PrintWriter err = spec.commandLine().getErr();
        try (ImportProgress progress = ImportProgress.start(paths, err, !noProgress)) {
            JournalFiles files = new JournalFiles(new ActivityFiles()::read,
                    new WellnessFiles(ZoneId.systemDefault(), progress::bytesRead), importer,
                    new BodyImporter(store, Clock.systemDefaultZone()));
            for (Path path : paths) {
                files.importPath(path, summary, UnaryOperator.identity(), progress::step);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (summary.isEmpty()) {
            // Exit 1 so a script sees it: a wrong folder otherwise looks like "all already imported".
            err.println("restwise: nothing to import in " + TerminalText.escaped(String.join(", ", paths.stream()
                    .map(Path::toString).toList())) + " (Restwise reads activities as .fit, .gpx and .tcx files, gzipped or"
                    + " not, and export .zip files, and body readings from the wellness files of Garmin, Apple Health,"
                    + " Polar, HRV4Training, intervals.icu, WHOOP and Oura).");
            err.flush();
            return CliErrors.FAILURE;
        }
        if (json) {
            out.println(Json.pretty(ImportSummaryJson.write(summary)));
        } else {
            printText(out, summary);
        }
        out.flush();
        return summary.skipped().isEmpty() ? 0 : CliErrors.FAILURE;
    }

    /** "Body readings from FILE (Garmin JSON): 40 days, 2026-10-01 to 2026-11-09; 80 new, 0 replaced, 0 already there." */
    static String bodyLine(BodyImporter.Kept kept) {
        String span = kept.days() == 1 ? "1 day, " + kept.first() : kept.days() + " days, " + kept.first() + " to " + kept.last();
        return "Body readings from " + TerminalText.escaped(kept.source()) + " (" + WellnessWords.format(kept.format()) + "): "
                + span + "; " + kept.added() + " new, " + kept.replaced() + " replaced, " + kept.unchanged() + " already there.";
    }

    private static void printText(PrintWriter out, ImportSummary summary) {
        List<Result.Imported> imported = summary.imported();
        List<Result.AlreadyThere> alreadyThere = summary.alreadyThere();
        List<Result.Skipped> skipped = summary.skipped();
        if (imported.isEmpty() && alreadyThere.isEmpty() && !summary.body().isEmpty()) {
            out.printf("Body readings from %d %s, skipped %d.%n", summary.body().size(),
                    summary.body().size() == 1 ? "file" : "files", skipped.size());
        } else {
            out.printf("Imported %d, already there %d, skipped %d.%n", imported.size(), alreadyThere.size(), skipped.size());
        }
        if (!imported.isEmpty() && imported.size() <= LISTED_IMPORTS) {
            for (Result.Imported i : imported) {
                String type = SessionsCommand.typeOption(i.session().typeName());
                String why = i.session().isRecovery()
                        ? i.session().recovery().flatMap(r -> r.mediumWork()).map(r -> "this turned into medium work: " + r)
                                .orElse("stayed within the recovery dose")
                        : i.inferred().reason();
                out.printf("  session %d  %s  %s  (%s)  %s%n", i.sessionId(), i.session().date(), type, why,
                        TerminalText.escaped(i.source()));
            }
        }
        if (!imported.isEmpty()) {
            out.println("A type guessed wrong? Correct it with, for example: restwise sessions edit ID --type long-run");
        }
        summary.body().forEach(kept -> out.println(bodyLine(kept)));
        for (Result.Skipped s : skipped) {
            out.printf("  skipped %s: %s%n", TerminalText.escaped(s.source()), TerminalText.escaped(s.reason()));
        }
    }
}
