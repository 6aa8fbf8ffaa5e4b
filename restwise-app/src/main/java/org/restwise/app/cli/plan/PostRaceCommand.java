package org.restwise.app.cli.plan;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.plan.FinishTime;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.plan.PostRacePlan;
import org.restwise.core.plan.PostRacePlanSettings;
import org.restwise.core.plan.PostRacePlanner;
import org.restwise.core.plan.RaceEffort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise plan post-race}: day by day from the finish line back to easy running. */
@Command(
        name = "post-race",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Day-by-day return from a race: 48–72 h of sleep, food, fluids and short walks;",
            "then non-impact cross-training as the body allows; then easy running, gated by",
            "your daily check-ins. Longer and more conservative after more distance and descent."
        })
public final class PostRaceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--distance-km", required = true, paramLabel = "KM", description = "Race distance in km.")
    double distanceKm;

    @Option(names = "--ascent-m", defaultValue = "0", paramLabel = "METRES", description = "Total climbing (D+), metres.")
    double ascentM;

    @Option(names = "--descent-m", paramLabel = "METRES", description = "Total descent (D-), metres (default: same as ascent).")
    Double descentM;

    @Option(names = "--finish-time", paramLabel = "H:MM", description = "Finish time, hours and minutes, e.g. 27:45.")
    String finishTime;

    @Option(names = "--race-date", paramLabel = "YYYY-MM-DD", description = "Race day (default: today).")
    LocalDate raceDate;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        RaceEffort race = new RaceEffort(distanceKm, ascentM, descentM == null ? ascentM : descentM, finish());
        PostRacePlan plan = new PostRacePlanner(PostRacePlanSettings.DEFAULTS)
                .plan(race, raceDate == null ? LocalDate.now(clock) : raceDate);
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

    private Optional<Duration> finish() {
        return FinishTime.parse("--finish-time", finishTime);
    }
}
