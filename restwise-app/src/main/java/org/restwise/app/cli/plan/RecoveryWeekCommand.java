package org.restwise.app.cli.plan;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Callable;
import org.restwise.app.cli.DatabaseOption;
import org.restwise.app.cli.UserInputException;
import org.restwise.app.plan.JournalRaces;
import org.restwise.app.plan.RecentWeeks;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.plan.RecentTraining;
import org.restwise.core.plan.RecoveryWeekPlan;
import org.restwise.core.plan.RecoveryWeekPlanner;
import org.restwise.core.plan.RecoveryWeekSettings;
import org.restwise.core.plan.WeeklyVolume;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.journal.SessionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise plan recovery-week}: a lighter week scaled from recent training. */
@Command(
        name = "recovery-week",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "A recovery week: volume well below your recent weekly average, nearly all intensity",
            "removed, easy-run frequency kept if it is going well, non-impact sessions for rhythm.",
            "Without --weekly-minutes the last four weeks come from the journal: minutes, runs and",
            "hard sessions logged, and running counts as well tolerated unless a check-in found that",
            "recovery sessions leave you flatter, or a recovery session did."
        })
public final class RecoveryWeekCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--weekly-minutes", split = ",", paramLabel = "MIN",
            description = "Training minutes of each recent week, oldest first, e.g. 380,410,395,420"
                    + " (default: the last four weeks of the journal).")
    List<Double> weeklyMinutes;

    @Option(names = "--runs-per-week", defaultValue = "4", paramLabel = "N",
            description = "Usual runs a week (default 4; from the journal when --weekly-minutes is left out).")
    int runsPerWeek;

    @Option(names = "--running-not-tolerated", description = "Recent easy runs left you flatter or sore: fewer runs.")
    boolean runningNotTolerated;

    @Option(names = "--volume-percent", defaultValue = "55", paramLabel = "PERCENT",
            description = "Target volume as a percentage of the recent average (default 55).")
    double volumePercent;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First day of the week (default: next Monday).")
    LocalDate start;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        RecentWeeks.checkVolumePercent("--volume-percent", volumePercent);
        RecentWeeks.checkRunsPerWeek("--runs-per-week", runsPerWeek);
        LocalDate first = start != null ? start : LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        PrintWriter out = spec.commandLine().getOut();
        List<WeeklyVolume> weeks;
        boolean tolerated = !runningNotTolerated;
        if (weeklyMinutes == null) {
            LocalDate today = LocalDate.now(clock);
            LocalDate from = today.minusDays(7L * RecentTraining.WEEKS - 1);
            AthleteJournal store = database.journal();
            List<LoggedSession> sessions = store.read(j -> j.sessions().between(from, today)).stream()
                    .map(SessionEntry::session).toList();
            weeks = RecentTraining.weeks(sessions, today, RecentTraining.WEEKS);
            if (weeks.stream().allMatch(w -> w.minutes() == 0)) {
                throw new UserInputException("no training logged in the last " + RecentTraining.WEEKS
                        + " weeks: log your sessions (restwise log) or give --weekly-minutes");
            }
            RecentTraining.Tolerance tolerance = RecentTraining.tolerance(sessions,
                    store.read(j -> j.checkIns().between(from, today)).stream().map(SavedCheckIn::entry).toList(),
                    from, today);
            tolerated = tolerated && tolerance.runningWellTolerated();
            if (!json) {
                out.println("From the journal, " + from + " to " + today + ":");
                weeks.forEach(w -> out.printf(java.util.Locale.ROOT, "  week of %s: %.0f min, %d run(s), %d hard%n",
                        w.weekStart(), w.minutes(), w.runs(), w.hardSessions()));
                out.println("  Running " + (tolerance.runningWellTolerated() ? "well tolerated: " : "not well tolerated: ")
                        + tolerance.why() + ".");
                out.println();
            }
        } else {
            weeks = RecentWeeks.of("--weekly-minutes", weeklyMinutes, runsPerWeek, first);
        }
        RecoveryWeekPlan plan = new RecoveryWeekPlanner(new RecoveryWeekSettings(volumePercent / 100, 1))
                .plan(weeks, tolerated, first, JournalRaces.before(database.journal(), first));
        if (json) {
            out.println(Json.pretty(plan));
        } else {
            plan.notes().forEach(note -> out.println("• " + note));
            out.println();
            PlanText.print(out, "Day", plan.days());
        }
        out.flush();
        return 0;
    }
}
