package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import java.util.concurrent.Callable;
import org.restwise.app.journal.JournalRestore;
import org.restwise.app.json.JournalImport;
import org.restwise.app.access.AthleteJournal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restwise restore FILE [--merge]}: loads an export back. A document with one bad entry
 * stores nothing; a good one is written in groups that each commit whole, so others can write
 * meanwhile, and an interrupted restore is finished by running it again with --merge.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load an export into an empty journal (or add to one with --merge).",
            "With --merge, the journal's own profile values, check-ins (by date), identical sessions and",
            "imported activities (same fingerprint or same run) are kept, the rest added.",
            "Entries are written a group at a time, so other commands can write meanwhile; an interrupted",
            "restore is finished by running it again with --merge."})
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Parameters(paramLabel = "FILE", description = "A file written by restwise export; - reads standard input.")
    String file;
    @Option(names = "--merge", description = "Add to a journal that already has entries.")
    boolean merge;

    @Override
    public Integer call() {
        // The whole document is validated before the journal is touched: a bad entry stores nothing.
        JournalImport backup = JournalImport.parse(InputSource.readLarge(file, System.in));
        AthleteJournal store = database.journal();
        JournalRestore.Counts counts = JournalRestore.into(store, backup, merge, journal -> {
            if (!merge && !journal.isEmpty()) {
                throw new UserInputException("the journal at " + store.location()
                        + " is not empty: use restore --merge to add to it, or --db for an empty journal");
            }
        });
        boolean withActivities = backup.sessions().stream().anyMatch(s -> s.activity().isPresent());
        spec.commandLine().getOut().println("Restored " + (backup.profile().isPresent() ? "the profile, " : "")
                + counts.checkInsAdded() + " check-in(s) and " + counts.sessionsAdded() + " session(s)"
                + (withActivities ? " with " + activities(counts.activitiesAdded()) : "")
                + " into " + store.location()
                + (merge ? "; kept " + counts.checkInsKept() + " check-in(s) and " + counts.sessionsKept()
                        + " session(s) already in the journal"
                        + (withActivities ? " (" + activities(counts.activitiesKept()) + " already there)" : "")
                        + "." : ".")
                + (backup.notesLeftOut() > 0 ? " " + backup.notesLeftOut() + " note(s) on the days were left out:"
                        + " a note belongs to its writer's account." : ""));
        return 0;
    }

    private static String activities(int count) {
        return count + (count == 1 ? " imported activity" : " imported activities");
    }
}
