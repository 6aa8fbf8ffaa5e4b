package org.restwise.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.restwise.core.advice.IntRange;
import org.restwise.core.advice.Modality;
import org.restwise.core.advice.Priority;

/** Builds a recovery week from the last weeks of training. */
public final class RecoveryWeekPlanner {

    /** Share of the week's minutes given to easy running when running is well tolerated. Ours. */
    static final double RUNNING_SHARE = 0.75;

    /** With running poorly tolerated, this many fewer runs than usual. Ours. */
    static final int RUNS_DROPPED_WHEN_POORLY_TOLERATED = 2;

    private final RecoveryWeekSettings settings;

    public RecoveryWeekPlanner(RecoveryWeekSettings settings) {
        this.settings = settings;
    }

    /**
     * @param recentWeeks the last weeks of training, most often four
     * @param runningWellTolerated false when recent easy runs left the runner flatter or sore
     * @param firstDay the first day of the recovery week
     */
    public RecoveryWeekPlan plan(List<WeeklyVolume> recentWeeks, boolean runningWellTolerated, LocalDate firstDay) {
        if (recentWeeks.isEmpty()) {
            throw new IllegalArgumentException("a recovery week needs at least one week of training to scale from");
        }
        double averageMinutes = recentWeeks.stream().mapToDouble(WeeklyVolume::minutes).average().orElse(0);
        double averageRuns = recentWeeks.stream().mapToInt(WeeklyVolume::runs).average().orElse(0);
        int weeksWithData = (int) recentWeeks.stream().filter(w -> w.minutes() > 0).count();
        int target = (int) Math.round(averageMinutes * settings.volumeFraction());
        int usualRuns = (int) Math.round(averageRuns);
        int runs = runningWellTolerated ? usualRuns : Math.max(0, usualRuns - RUNS_DROPPED_WHEN_POORLY_TOLERATED);
        runs = Math.min(runs, 6);
        double runningMinutes = runs == 0 ? 0 : target * (runningWellTolerated ? RUNNING_SHARE : 0.5);
        int minutesPerRun = runs == 0 ? 0 : (int) Math.round(runningMinutes / runs);
        int nonImpactMinutes = (int) Math.round(target - runningMinutes);
        List<PlanDay> days = schedule(firstDay, runs, minutesPerRun, nonImpactMinutes);
        return new RecoveryWeekPlan(averageMinutes, weeksWithData, target, runs, days,
                notes(recentWeeks.size(), weeksWithData, averageMinutes, target, runningWellTolerated));
    }

    /**
     * The recovery week, following the post-race plan of a race that ended before it wherever the
     * two overlap: a week planned days after an ultra never runs before that race's plan allows. The
     * post-race plan's days (rest, walking, non-impact, its own short return runs) stand in for the
     * week's days until it ends; the rest of the week is planned as usual.
     */
    public RecoveryWeekPlan plan(List<WeeklyVolume> recentWeeks, boolean runningWellTolerated, LocalDate firstDay,
                                 Optional<PostRacePlan> afterRace) {
        RecoveryWeekPlan week = plan(recentWeeks, runningWellTolerated, firstDay);
        if (afterRace.isEmpty() || afterRace.get().days().stream().noneMatch(d -> !d.date().isBefore(firstDay))) {
            return week;
        }
        PostRacePlan race = afterRace.get();
        List<PlanDay> days = new ArrayList<>();
        for (PlanDay day : week.days()) {
            days.add(race.dayOn(day.date()).map(r -> new PlanDay(day.day(), r.date(), r.phase(),
                    r.focus() + " (day " + r.day() + " after the race)", r.modalities(), r.minutes(), r.priorities(),
                    r.gates())).orElse(day));
        }
        int runs = (int) days.stream().filter(d -> d.phase() == PlanPhase.RETURN_TO_RUNNING).count();
        List<String> notes = new ArrayList<>(week.notes());
        PlanDay last = race.days().get(race.days().size() - 1);
        notes.add(0, "The race of " + race.raceDate() + " comes first: its post-race plan runs until " + last.date()
                + ", with the first easy run on " + race.firstRunDate() + " at the earliest, and this week follows it"
                + " on those days (restwise plan post-race shows the whole plan).");
        return new RecoveryWeekPlan(week.recentWeeklyMinutes(), week.weeksWithData(), week.targetMinutes(), runs, days, notes);
    }

    private List<PlanDay> schedule(LocalDate firstDay, int runs, int minutesPerRun, int nonImpactMinutes) {
        boolean[] runDays = spread(runs);
        int nonImpactSessions = nonImpactMinutes >= 20 ? Math.min(2, 7 - runs) : 0;
        int minutesPerNonImpact = nonImpactSessions == 0 ? 0 : nonImpactMinutes / nonImpactSessions;
        List<PlanDay> days = new ArrayList<>();
        int stridesLeft = settings.maxStrideSets();
        for (int i = 0; i < 7; i++) {
            LocalDate date = firstDay.plusDays(i);
            if (runDays[i]) {
                boolean strides = stridesLeft > 0 && i >= 2;
                if (strides) {
                    stridesLeft--;
                }
                days.add(new PlanDay(i + 1, date, PlanPhase.RETURN_TO_RUNNING,
                        strides ? "Easy run, then 4–6 relaxed 15-second strides: the only quick running this week."
                                : "Easy run at conversational effort, on gentle terrain.",
                        List.of(Modality.EASY_JOG), around(minutesPerRun), List.of(Priority.SLEEP), List.of("No red flag in today's check-in")));
            } else if (nonImpactSessions > 0) {
                nonImpactSessions--;
                days.add(new PlanDay(i + 1, date, PlanPhase.NON_IMPACT,
                        "Easy non-impact session (bike, swim or elliptical) to keep aerobic rhythm without impact.",
                        List.of(Modality.CYCLE, Modality.SWIM, Modality.AQUA_JOG, Modality.WALK), around(minutesPerNonImpact),
                        List.of(Priority.SLEEP), List.of()));
            } else {
                days.add(new PlanDay(i + 1, date, PlanPhase.REST_AND_WALK, "Rest day: a walk if you like, extra sleep.",
                        List.of(Modality.WALK), new IntRange(0, 30), List.of(Priority.SLEEP, Priority.FOOD), List.of()));
            }
        }
        return days;
    }

    /** Spreads {@code runs} over seven days as evenly as possible, never two rest days bunched at the start. */
    static boolean[] spread(int runs) {
        boolean[] days = new boolean[7];
        for (int k = 0; k < runs; k++) {
            days[(int) Math.floor((k + 0.5) * 7.0 / runs)] = true;
        }
        return days;
    }

    private static IntRange around(int minutes) {
        int rounded = Math.max(5, (int) (Math.round(minutes / 5.0) * 5));
        return new IntRange(Math.max(5, rounded - 5), rounded);
    }

    private List<String> notes(int weeks, int weeksWithData, double average, int target, boolean tolerated) {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Recent average: %.0f min a week over the last %d weeks (%d with training logged).",
                average, weeks, weeksWithData));
        notes.add(String.format(Locale.ROOT, "Target: about %d min this week, %.0f %% of that average; intervals, tempo and hill repeats are out.",
                target, settings.volumeFraction() * 100));
        notes.add(tolerated
                ? "Easy runs keep their usual frequency because they are going well; each one is shorter."
                : "Recent easy runs have not gone well, so there are fewer of them and more non-impact time.");
        if (weeksWithData < weeks) {
            notes.add("Some weeks have nothing logged and count as zero: if you trained without logging, the target is too low.");
        }
        notes.add("The percentages are Restwise defaults; a coach may adjust them.");
        return notes;
    }
}
