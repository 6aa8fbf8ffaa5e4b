package org.restwise.app.cli.plan;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.cli.DatabaseOption;
import org.restwise.app.cli.UserInputException;
import org.restwise.app.plan.FinishTime;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.activity.SessionType;
import org.restwise.core.plan.PlanDay;
import org.restwise.core.plan.PostRacePlan;
import org.restwise.core.plan.PostRacePlanSettings;
import org.restwise.core.plan.PostRacePlanner;
import org.restwise.core.plan.RaceEffort;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.journal.SessionEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.restwise.core.units.Measures;
import org.restwise.core.journal.RunnerProfile;

/** {@code restwise plan post-race}: day by day from the finish line back to easy running. */
@Command(
        name = "post-race",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Day-by-day return from a race: 48–72 h of sleep, food, fluids and short walks;",
            "then non-impact cross-training as the body allows; then easy running, gated by",
            "your daily check-ins. Longer and more conservative after more distance and descent.",
            "Without --distance-km the race comes from the journal: the latest ultra or 100-mile",
            "race logged (or --session ID), and today's check-in is read against the plan."
        })
public final class PostRaceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--distance-km", paramLabel = "KM",
            description = "Race distance in km (default: the latest race logged in the journal).")
    Double distanceKm;

    @Option(names = "--session", paramLabel = "ID", description = "Plan from this logged session (see: restwise sessions).")
    Long sessionId;

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

    /** The JSON output: the plan, the logged session it came from, and today's reading of it. */
    record JournalPlan(Long sessionId, PostRacePlan plan, Today today) {
    }

    /** Today against the plan: the check-in's decision, and whether the plan is on hold. */
    record Today(LocalDate date, Integer planDay, String decision, boolean checkedIn, boolean onHold, String why) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (distanceKm == null) {
            return fromJournal(out);
        }
        if (sessionId != null) {
            throw new UserInputException("--session and --distance-km exclude each other: plan from the journal or from the figures");
        }
        RaceEffort race = new RaceEffort(distanceKm, ascentM, descentM == null ? ascentM : descentM, finish());
        PostRacePlan plan = new PostRacePlanner(PostRacePlanSettings.DEFAULTS)
                .plan(race, raceDate == null ? LocalDate.now(clock) : raceDate);
        if (json) {
            out.println(Json.pretty(plan));
        } else {
            print(out, plan);
        }
        out.flush();
        return 0;
    }

    private Integer fromJournal(PrintWriter out) {
        if (finishTime != null || descentM != null || raceDate != null || ascentM != 0) {
            throw new UserInputException("--ascent-m, --descent-m, --finish-time and --race-date need --distance-km;"
                    + " without it the race comes from the journal");
        }
        LocalDate today = LocalDate.now(clock);
        AthleteJournal store = database.journal();
        SessionEntry race = store.read(journal -> sessionId != null
                ? journal.sessions().find(sessionId).orElseThrow(() -> new UserInputException(
                        "no session " + sessionId + " in the journal (see: restwise sessions)"))
                : journal.sessions().all().stream()
                        .filter(e -> e.session().trainingType().map(SessionType::isUltra).orElse(false))
                        .reduce((first, second) -> second)
                        .orElseThrow(() -> new UserInputException("no ultra or 100-mile race in the journal:"
                                + " log the race (restwise log --type ultra-race) or give --distance-km")));
        Measures units = store.read(journal -> journal.profile().find()).orElse(RunnerProfile.EMPTY).measures();
        PostRacePlan plan = new PostRacePlanner(PostRacePlanSettings.DEFAULTS)
                .plan(RaceEffort.of(race.session()), race.session().date(), units);
        Optional<SavedCheckIn> checkIn = store.read(journal -> journal.checkIns().onDate(today));
        Optional<PostRacePlan.PlanReading> reading = checkIn.map(c -> plan.readAgainst(today, c.entry().decision(),
                c.entry().redFlags()));
        Integer planDay = plan.dayOn(today).map(PlanDay::day).orElse(null);
        Today todayReading = new Today(today, planDay, checkIn.map(c -> c.entry().decision().name()).orElse(null),
                checkIn.isPresent(), reading.map(PostRacePlan.PlanReading::onHold).orElse(false),
                reading.map(PostRacePlan.PlanReading::why)
                        .orElse("No check-in today: run restwise check-in before following today's plan."));
        if (json) {
            out.println(Json.pretty(new JournalPlan(race.id(), plan, todayReading)));
        } else {
            out.println("From the journal: the " + race.session().typeName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " of " + race.session().date()
                    + " (session " + race.id() + ").");
            print(out, plan);
            out.println();
            out.println("Today, " + today + (planDay == null ? " (outside the plan)" : " (day " + planDay + ")") + ": "
                    + (todayReading.onHold() ? "ON HOLD. " : "") + todayReading.why());
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, PostRacePlan plan) {
        plan.notes().forEach(note -> out.println("• " + note));
        out.println();
        PlanText.print(out, "Day", plan.days());
    }

    private Optional<Duration> finish() {
        return FinishTime.parse("--finish-time", finishTime);
    }
}
