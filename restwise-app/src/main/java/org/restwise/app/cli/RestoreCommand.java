package org.restwise.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.restwise.app.json.JournalImport;
import org.restwise.core.journal.LoggedSession;
import org.restwise.store.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restwise restore FILE [--merge]}: loads an export back, all of it or nothing. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load an export into an empty journal (or add to one with --merge).",
            "With --merge, a journal's own profile values, check-ins (by date) and identical sessions are kept, the rest added."})
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Parameters(paramLabel = "FILE", description = "A file written by restwise export; - reads standard input.")
    String file;
    @Option(names = "--merge", description = "Add to a journal that already has entries.")
    boolean merge;

    private record Counts(int checkInsAdded, int checkInsKept, int sessionsAdded, int sessionsKept) {
    }

    @Override
    public Integer call() {
        // The whole document is validated before the journal is touched: a bad entry stores nothing.
        JournalImport backup = JournalImport.parse(InputSource.readLarge(file, System.in));
        JournalStore store = database.open();
        Counts counts = store.write(journal -> {
            if (!merge && !journal.isEmpty()) {
                throw new UserInputException("the journal at " + store.location()
                        + " is not empty: use restore --merge to add to it, or --db for an empty journal");
            }
            backup.profile().ifPresent(fromFile -> journal.profile().save(journal.profile().find()
                    .map(own -> fromFile.updatedWith(own, true))
                    .orElse(fromFile)));
            int checkInsAdded = 0;
            for (JournalImport.CheckInEntry c : backup.checkIns()) {
                if (journal.checkIns().onDate(c.checkIn().date()).isEmpty()) {
                    journal.checkIns().save(c.checkIn(), c.decision(), c.state(), c.scenarios(), c.redFlags(), c.adviceJson());
                    checkInsAdded++;
                }
            }
            int sessionsAdded = 0;
            for (LoggedSession s : backup.sessions()) {
                List<LoggedSession> sameDay = journal.sessions().between(s.date(), s.date()).stream()
                        .map(e -> e.session()).collect(Collectors.toList());
                if (!merge || !sameDay.contains(s)) {
                    journal.sessions().add(s);
                    sessionsAdded++;
                }
            }
            return new Counts(checkInsAdded, backup.checkIns().size() - checkInsAdded,
                    sessionsAdded, backup.sessions().size() - sessionsAdded);
        });
        spec.commandLine().getOut().println("Restored " + (backup.profile().isPresent() ? "the profile, " : "")
                + counts.checkInsAdded() + " check-in(s) and " + counts.sessionsAdded() + " session(s) into "
                + store.location() + (merge ? "; kept " + counts.checkInsKept() + " check-in(s) and "
                        + counts.sessionsKept() + " session(s) already in the journal." : "."));
        return 0;
    }

}
