package org.restwise.core.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.restwise.core.advice.IntRange;
import org.restwise.core.advice.Modality;
import org.restwise.core.advice.Priority;
import org.restwise.core.units.Measures;

/**
 * Lays out the return from a race. The first 48–72 h are sleep, food, fluids and short walks (72 h
 * after an ultra or big descents); then non-impact cross-training for longer the more distance,
 * climbing and especially descent the race held; then easy running, gated by check-ins and ramped
 * gradually. The article gives the shape; the lengths are our named defaults.
 */
public final class PostRacePlanner {

    /** Descent (metres) from which the walking-only phase lasts 72 h even for shorter races. Ours. */
    static final double BIG_DESCENT_METERS = 1500;

    /** A night on the course: time on feet from which sleep debt leads the first days. Ours. */
    static final Duration OVERNIGHT_FINISH = Duration.ofHours(18);

    private static final IntRange SHORT_WALK = new IntRange(10, 20);
    private static final IntRange LONGER_WALK = new IntRange(15, 30);
    private static final IntRange NON_IMPACT = new IntRange(20, 40);
    private static final IntRange FIRST_RUNS = new IntRange(20, 30);
    private static final IntRange EASY_RUNS = new IntRange(20, 40);

    private final PostRacePlanSettings settings;

    public PostRacePlanner(PostRacePlanSettings settings) {
        this.settings = settings;
    }

    public PostRacePlan plan(RaceEffort race, LocalDate raceDate) {
        return plan(race, raceDate, Measures.METRIC);
    }

    /** The plan, its notes written in the runner's units. */
    public PostRacePlan plan(RaceEffort race, LocalDate raceDate, Measures units) {
        int walkingDays = walkingOnlyDays(race);
        int firstRunDay = walkingDays + nonImpactDays(race) + 1;
        if (race.isUltra()) {
            firstRunDay = Math.max(firstRunDay, settings.minimumDaysBeforeRunningAfterUltra() + 1);
        }
        List<PlanDay> days = new ArrayList<>();
        for (int day = 1; day < firstRunDay + settings.returnToRunningDays(); day++) {
            LocalDate date = raceDate.plusDays(day);
            if (day <= walkingDays) {
                days.add(restAndWalk(day, date, race));
            } else if (day < firstRunDay) {
                days.add(nonImpact(day, date));
            } else {
                days.add(returnToRunning(day, date, day - firstRunDay));
            }
        }
        return new PostRacePlan(race, raceDate, days, notes(race, walkingDays, firstRunDay, units));
    }

    int walkingOnlyDays(RaceEffort race) {
        return race.isUltra() || race.descentMeters() >= BIG_DESCENT_METERS ? 3 : 2;
    }

    int nonImpactDays(RaceEffort race) {
        double days = race.kmEffort() / settings.effortKmPerNonImpactDay()
                + race.descentMeters() / settings.descentMetersPerNonImpactDay();
        return (int) Math.max(1, Math.min(settings.maxNonImpactDays(), Math.round(days)));
    }

    private static PlanDay restAndWalk(int day, LocalDate date, RaceEffort race) {
        boolean overnight = race.finishTime().map(t -> t.compareTo(OVERNIGHT_FINISH) >= 0).orElse(false);
        List<Priority> priorities = overnight || day == 1
                ? List.of(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION, Priority.REDUCED_LOAD)
                : List.of(Priority.FOOD, Priority.SLEEP, Priority.HYDRATION, Priority.REDUCED_LOAD);
        String focus = day == 1
                ? "Sleep as much as you can, eat generously (carbohydrate and protein at every meal), drink to thirst. A short, easy walk or two if you feel like it; nothing else."
                : "Still the settling phase: food, sleep and fluids first. Short easy walks only, however restless you feel.";
        return new PlanDay(day, date, PlanPhase.REST_AND_WALK, focus, List.of(Modality.WALK),
                day == 1 ? SHORT_WALK : LONGER_WALK, priorities, List.of());
    }

    private static PlanDay nonImpact(int day, LocalDate date) {
        return new PlanDay(day, date, PlanPhase.NON_IMPACT,
                "Non-impact cross-training, very easy, if the body no longer feels wrecked all over; otherwise walk.",
                List.of(Modality.WALK, Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG), NON_IMPACT,
                List.of(Priority.SLEEP, Priority.FOOD),
                List.of("The body no longer feels wrecked all over", "Today's check-in says move or train"));
    }

    private static PlanDay returnToRunning(int day, LocalDate date, int dayOfPhase) {
        boolean runDay = dayOfPhase % 2 == 0;
        String focus = runDay
                ? (dayOfPhase == 0 ? "First easy run: flat, conversational, stop early if anything feels off."
                        : "Easy run on gentle terrain; keep descents short and slow.")
                : "Non-impact or rest between runs, so each run is tested against a recovered day.";
        List<Modality> modalities = runDay
                ? List.of(Modality.EASY_JOG, Modality.WALK, Modality.CYCLE)
                : List.of(Modality.WALK, Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG);
        List<String> gates = runDay
                ? List.of("No red flag in today's check-in", "Soreness settled: 2/10 or less and not rising",
                        "The last easy run did not leave you flatter",
                        "Running time this week no more than about 10 % above last week's once back to normal volume")
                : List.of();
        return new PlanDay(day, date, PlanPhase.RETURN_TO_RUNNING, focus, modalities,
                runDay ? (dayOfPhase == 0 ? FIRST_RUNS : EASY_RUNS) : NON_IMPACT, List.of(Priority.SLEEP), gates);
    }

    private static List<String> notes(RaceEffort race, int walkingDays, int firstRunDay, Measures units) {
        List<String> notes = new ArrayList<>();
        notes.add(units.distance(race.distanceKm()) + " with " + units.elevation(race.ascentMeters()) + " of climbing and "
                + units.elevation(race.descentMeters()) + " of descent (" + String.format(java.util.Locale.ROOT, "%.0f", race.kmEffort())
                + " km-effort, " + units.gradient(race.descentMetersPerKm()) + " of descent).");
        notes.add("The first " + walkingDays * 24 + " h are for settling: sleep, food, fluids and short walks.");
        notes.add("Easy running returns on day " + firstRunDay + " at the earliest, and only when that day's check-in clears it: "
                + "more distance and especially more descent push it later, because downhill running damages muscle most.");
        if (race.isUltra()) {
            notes.add("Muscle damage after ultras outlasts the soreness: markers stay raised for days after the legs feel fine.");
        }
        race.finishTime().filter(t -> t.compareTo(OVERNIGHT_FINISH) >= 0).ifPresent(t ->
                notes.add("You were on your feet for " + t.toHours() + " h: repay the sleep debt before anything else."));
        notes.add("The phase lengths are Restwise defaults, not findings of a study; a coach may adjust them.");
        return notes;
    }
}
