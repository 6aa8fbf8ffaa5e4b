package org.restwise.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.core.advice.Modality;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;

class PostRacePlannerTest {

    private static final LocalDate RACE_DAY = LocalDate.of(2026, 9, 5);
    private final PostRacePlanner planner = new PostRacePlanner(PostRacePlanSettings.DEFAULTS);

    private static RaceEffort race(double km, double up, double down) {
        return new RaceEffort(km, up, down, Optional.empty());
    }

    @Test
    void theFirstSeventyTwoHoursAfterAnUltraAreWalksOnly() {
        PostRacePlan plan = planner.plan(race(100, 5000, 5000), RACE_DAY);

        assertThat(plan.days().subList(0, 3)).allSatisfy(day -> {
            assertThat(day.phase()).isEqualTo(PlanPhase.REST_AND_WALK);
            assertThat(day.modalities()).containsExactly(Modality.WALK);
        });
        assertThat(plan.days().get(3).phase()).isEqualTo(PlanPhase.NON_IMPACT);
    }

    @Test
    void aFlatHalfMarathonSettlesInFortyEightHours() {
        PostRacePlan plan = planner.plan(race(21.1, 50, 50), RACE_DAY);

        assertThat(plan.days().get(1).phase()).isEqualTo(PlanPhase.REST_AND_WALK);
        assertThat(plan.days().get(2).phase()).isEqualTo(PlanPhase.NON_IMPACT);
    }

    @Test
    void moreDescentPushesTheFirstRunLater() {
        LocalDate gentle = planner.plan(race(50, 1000, 1000), RACE_DAY).firstRunDate();
        LocalDate steep = planner.plan(race(50, 3000, 3000), RACE_DAY).firstRunDate();

        assertThat(steep).isAfter(gentle);
    }

    @Test
    void moreDistancePushesTheFirstRunLater() {
        LocalDate marathon = planner.plan(race(42.2, 300, 300), RACE_DAY).firstRunDate();
        LocalDate hundredMiles = planner.plan(race(161, 6000, 6000), RACE_DAY).firstRunDate();

        assertThat(hundredMiles).isAfter(marathon);
    }

    @Test
    void noRunningInTheWeekAfterAnUltraHoweverEasyTheCourse() {
        PostRacePlan plan = planner.plan(race(45, 0, 0), RACE_DAY);

        assertThat(plan.days()).filteredOn(d -> d.day() <= 7)
                .allSatisfy(d -> assertThat(d.modalities()).doesNotContain(Modality.EASY_JOG));
        assertThat(plan.firstRunDate()).isAfterOrEqualTo(RACE_DAY.plusDays(8));
    }

    @Test
    void runDaysAreGatedByTheCheckIn() {
        PostRacePlan plan = planner.plan(race(42.2, 300, 300), RACE_DAY);

        assertThat(plan.days()).filteredOn(d -> d.modalities().contains(Modality.EASY_JOG))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.gates()).anyMatch(g -> g.contains("red flag")));
    }

    @Test
    void anOvernightFinishPutsSleepFirstAndSaysWhy() {
        PostRacePlan plan = planner.plan(new RaceEffort(161, 6000, 6000, Optional.of(Duration.ofHours(30))), RACE_DAY);

        assertThat(plan.notes()).anyMatch(n -> n.contains("30 h"));
    }

    @Test
    void aCheckInThatCallsForRestPutsThePlanOnHold() {
        PostRacePlan plan = planner.plan(race(42.2, 300, 300), RACE_DAY);
        LocalDate firstRun = plan.firstRunDate();
        Advice ill = new AdviceEngine().advise(new CheckIn(firstRun, AthleteProfile.UNKNOWN, Context.UNKNOWN,
                Signals.builder().ill(true).build()));
        Advice fine = new AdviceEngine().advise(new CheckIn(firstRun, AthleteProfile.UNKNOWN, Context.UNKNOWN, Signals.NONE));

        assertThat(plan.readAgainst(firstRun, ill).onHold()).isTrue();
        assertThat(plan.readAgainst(firstRun, fine).onHold()).isFalse();
        assertThat(plan.readAgainst(firstRun, fine).day()).isPresent();
    }

    @Test
    void impossibleRacesAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> race(-5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance");
    }

    @Test
    void daysAreConsecutiveFromTheDayAfterTheRace() {
        List<PlanDay> days = planner.plan(race(80, 4000, 4000), RACE_DAY).days();

        for (int i = 0; i < days.size(); i++) {
            assertThat(days.get(i).day()).isEqualTo(i + 1);
            assertThat(days.get(i).date()).isEqualTo(RACE_DAY.plusDays(i + 1));
        }
    }
}
