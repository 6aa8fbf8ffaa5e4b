package org.restwise.app.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.restwise.formats.ActivityFiles;
import org.restwise.formats.ReadActivity;
import org.restwise.formats.ReadOutcome;
import org.restwise.formats.wellness.WellnessFiles;
import org.restwise.formats.wellness.WellnessOutcome;

/**
 * What a runner points Restwise at, sorted into the journal: activities become sessions, wellness
 * files become body readings. {@code restwise import} and the web upload both go through here, so a
 * file is read the same way from either.
 *
 * <p>Only a FIT file can be either. A small one is read for body signals first (a morning HRV
 * recording is a FIT "activity" of a few minutes at rest, and must not become a training session),
 * then as an activity; a large one the other way round, since monitoring, sleep and HRV files are a
 * few hundred kilobytes and long runs are megabytes.
 */
public final class JournalFiles {

    /** Up to this size a FIT file is read for body signals before it is read as an activity. */
    static final long BODY_FIRST_FIT_BYTES = 1024 * 1024;

    /** Reads activity files into outcomes: {@link ActivityFiles}, or a stand-in in tests. */
    public interface ActivityReader {
        void read(Path path, Consumer<ReadOutcome> sink);
    }

    private final ActivityReader activities;
    private final WellnessFiles wellness;
    private final ActivityImporter activityImporter;
    private final BodyImporter bodyImporter;

    public JournalFiles(ActivityReader activities, WellnessFiles wellness, ActivityImporter activityImporter,
                        BodyImporter bodyImporter) {
        this.activities = activities;
        this.wellness = wellness;
        this.activityImporter = activityImporter;
        this.bodyImporter = bodyImporter;
    }

    /**
     * Imports a file, folder or archive into {@code summary}; {@code shown} turns a path into the name
     * the summary reports (an upload's own file name instead of its temporary copy), and {@code step}
     * is told of every file done, for a progress bar.
     */
    public void importPath(Path path, ImportSummary summary, UnaryOperator<String> shown, Runnable step) {
        if (Files.isDirectory(path)) {
            for (Path file : folderFiles(path, summary, shown)) {
                importFile(file, summary, shown, step);
            }
        } else {
            importFile(path, summary, shown, step);
        }
    }

    private static List<Path> folderFiles(Path folder, ImportSummary summary, UnaryOperator<String> shown) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> ActivityFiles.takesFromFolder(p.getFileName().toString())
                            || WellnessFiles.takesFromFolder(p.getFileName().toString()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            summary.accept(new ActivityImporter.Result.Skipped(shown.apply(folder.toString()),
                    "The folder could not be listed: " + e.getMessage() + "."));
            return List.of();
        }
    }

    private void importFile(Path file, ImportSummary summary, UnaryOperator<String> shown, Runnable step) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".fit")) {
            importFit(file, summary, shown);
            step.run();
        } else if (ActivityFiles.takesFromFolder(name)) {
            activities.read(file, outcome -> {
                summary.accept(activityImporter.importOne(renamed(outcome, shown)));
                step.run();
            });
        } else {
            bodyImporter.importOne(readWellness(file, shown), summary);
            step.run();
        }
    }

    private void importFit(Path file, ImportSummary summary, UnaryOperator<String> shown) {
        boolean bodyFirst = sizeOf(file) <= BODY_FIRST_FIT_BYTES;
        WellnessOutcome body = bodyFirst ? readWellness(file, shown) : null;
        if (body instanceof WellnessOutcome.Read) {
            bodyImporter.importOne(body, summary);
            return;
        }
        List<ReadOutcome> read = new ArrayList<>();
        activities.read(file, outcome -> read.add(renamed(outcome, shown)));
        ReadOutcome activity = read.get(0);
        if (activity instanceof ReadOutcome.Read) {
            summary.accept(activityImporter.importOne(activity));
            return;
        }
        WellnessOutcome asBody = body != null ? body : readWellness(file, shown);
        if (asBody instanceof WellnessOutcome.Read) {
            bodyImporter.importOne(asBody, summary);
            return;
        }
        // Neither reader took it: both reasons, since which one the runner meant is theirs to know.
        String activityReason = ((ReadOutcome.Failed) activity).reason();
        String bodyReason = ((WellnessOutcome.Failed) asBody).reason();
        summary.accept(new ActivityImporter.Result.Skipped(activity.source(),
                activityReason.equals(bodyReason) ? activityReason : activityReason + " As body readings: " + bodyReason));
    }

    private WellnessOutcome readWellness(Path file, UnaryOperator<String> shown) {
        WellnessOutcome[] outcome = new WellnessOutcome[1];
        wellness.read(file, o -> outcome[0] = o);
        if (outcome[0] instanceof WellnessOutcome.Read read) {
            return new WellnessOutcome.Read(shown.apply(read.source()), read.format(), read.days());
        }
        WellnessOutcome.Failed failed = (WellnessOutcome.Failed) outcome[0];
        return new WellnessOutcome.Failed(shown.apply(failed.source()), shown.apply(failed.reason()));
    }

    private static ReadOutcome renamed(ReadOutcome outcome, UnaryOperator<String> shown) {
        if (outcome instanceof ReadOutcome.Read read) {
            ReadActivity a = read.activity();
            return new ReadOutcome.Read(new ReadActivity(shown.apply(a.source()), a.format(), a.activity()));
        }
        ReadOutcome.Failed failed = (ReadOutcome.Failed) outcome;
        return new ReadOutcome.Failed(shown.apply(failed.source()), shown.apply(failed.reason()));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
