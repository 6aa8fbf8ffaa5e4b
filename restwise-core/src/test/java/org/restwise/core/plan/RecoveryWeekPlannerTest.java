package org.restwise.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restwise.core.advice.Modality;

class RecoveryWeekPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final RecoveryWeekPlanner planner = new RecoveryWeekPlanner(RecoveryWeekSettings.DEFAULTS);

    private static List<WeeklyVolume> weeks(double minutes, int runs) {
        return List.of(
                new WeeklyVolume(MONDAY.minusWeeks(4), minutes, runs, 2),
                new WeeklyVolume(MONDAY.minusWeeks(3), minutes, runs, 2),
                new WeeklyVolume(MONDAY.minusWeeks(2), minutes, runs, 2),
                new WeeklyVolume(MONDAY.minusWeeks(1), minutes, runs, 2));
    }

    @Test
    void aWeekPlannedDaysAfterAnUltraNeverRunsBeforeThePostRacePlanAllows() {
        // The case: a 58 km ultra, and a recovery week starting 8 days after it.
        LocalDate raceDay = MONDAY.minusDays(8);
        PostRacePlan race = new PostRacePlanner(PostRacePlanSettings.DEFAULTS)
                .plan(new RaceEffort(58, 3000, 3000, java.util.Optional.of(java.time.Duration.ofHours(9))), raceDay);

        RecoveryWeekPlan plan = planner.plan(weeks(400, 5), true, MONDAY, java.util.Optional.of(race));

        assertThat(race.firstRunDate()).isAfter(MONDAY);
        assertThat(plan.days()).filteredOn(d -> d.date().isBefore(race.firstRunDate()))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.modalities()).doesNotContain(Modality.EASY_JOG));
        assertThat(plan.days()).filteredOn(d -> race.dayOn(d.date()).isPresent())
                .allSatisfy(d -> assertThat(d.minutes()).isEqualTo(race.dayOn(d.date()).orElseThrow().minutes()));
        assertThat(plan.notes().get(0)).contains("The race of " + raceDay + " comes first")
                .contains("first easy run on " + race.firstRunDate());
        assertThat(plan.runs()).isLessThan(planner.plan(weeks(400, 5), true, MONDAY).runs());
    }

    @Test
    void aRaceWhosePlanEndedBeforeTheWeekChangesNothing() {
        PostRacePlan race = new PostRacePlanner(PostRacePlanSettings.DEFAULTS)
                .plan(new RaceEffort(21, 300, 300, java.util.Optional.empty()), MONDAY.minusDays(60));

        assertThat(planner.plan(weeks(400, 5), true, MONDAY, java.util.Optional.of(race)))
                .isEqualTo(planner.plan(weeks(400, 5), true, MONDAY));
    }

    @Test
    void volumeIsWellBelowTheRecentAverage() {
        RecoveryWeekPlan plan = planner.plan(weeks(400, 5), true, MONDAY);

        assertThat(plan.recentWeeklyMinutes()).isEqualTo(400);
        assertThat(plan.targetMinutes()).isEqualTo(220);
        int planned = plan.days().stream().filter(d -> d.phase() != PlanPhase.REST_AND_WALK)
                .mapToInt(d -> d.minutes().max()).sum();
        assertThat(planned).isBetween(180, 240);
    }

    @Test
    void wellToleratedEasyRunsKeepTheirFrequency() {
        RecoveryWeekPlan plan = planner.plan(weeks(400, 5), true, MONDAY);

        assertThat(plan.runs()).isEqualTo(5);
        assertThat(plan.days()).filteredOn(d -> d.modalities().contains(Modality.EASY_JOG)).hasSize(5);
    }

    @Test
    void poorlyToleratedRunningMakesRoomForNonImpactWork() {
        RecoveryWeekPlan plan = planner.plan(weeks(400, 5), false, MONDAY);

        assertThat(plan.runs()).isEqualTo(3);
        assertThat(plan.days()).anyMatch(d -> d.phase() == PlanPhase.NON_IMPACT);
    }

    @Test
    void nearlyAllIntensityIsGone() {
        RecoveryWeekPlan plan = planner.plan(weeks(400, 5), true, MONDAY);

        assertThat(plan.days()).filteredOn(d -> d.focus().contains("strides")).hasSizeLessThanOrEqualTo(1);
        assertThat(plan.notes()).anyMatch(n -> n.contains("intervals"));
    }

    @Test
    void weeksWithNothingLoggedAreNamed() {
        List<WeeklyVolume> sparse = List.of(new WeeklyVolume(MONDAY.minusWeeks(2), 0, 0, 0),
                new WeeklyVolume(MONDAY.minusWeeks(1), 300, 4, 1));

        RecoveryWeekPlan plan = planner.plan(sparse, true, MONDAY);

        assertThat(plan.weeksWithData()).isEqualTo(1);
        assertThat(plan.notes()).anyMatch(n -> n.contains("nothing logged"));
    }

    @Test
    void runsAreSpreadThroughTheWeek() {
        boolean[] three = RecoveryWeekPlanner.spread(3);

        assertThat(three).containsExactly(false, true, false, true, false, true, false);
    }
}
