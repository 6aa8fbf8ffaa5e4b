package org.restwise.app.cli.plan;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Callable;
import org.restwise.app.plan.RecentWeeks;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.plan.RecoveryWeekPlan;
import org.restwise.core.plan.RecoveryWeekPlanner;
import org.restwise.core.plan.RecoveryWeekSettings;
import org.restwise.core.plan.WeeklyVolume;
import picocli.CommandLine.Command;
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
            "removed, easy-run frequency kept if it is going well, non-impact sessions for rhythm."
        })
public final class RecoveryWeekCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--weekly-minutes", split = ",", required = true, paramLabel = "MIN",
            description = "Training minutes of each recent week, oldest first, e.g. 380,410,395,420.")
    List<Double> weeklyMinutes;

    @Option(names = "--runs-per-week", defaultValue = "4", paramLabel = "N", description = "Usual runs a week (default 4).")
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
        List<WeeklyVolume> weeks = RecentWeeks.of("--weekly-minutes", weeklyMinutes, runsPerWeek, first);
        RecoveryWeekPlan plan = new RecoveryWeekPlanner(new RecoveryWeekSettings(volumePercent / 100, 1))
                .plan(weeks, !runningNotTolerated, first);
        PrintWriter out = spec.commandLine().getOut();
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
