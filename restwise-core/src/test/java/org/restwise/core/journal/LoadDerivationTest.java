package org.restwise.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.Scenario;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TrainingBlock;
import org.restwise.core.journal.Provenance.Source;

/** The journal's training load feeding the check-in's context: a spike, and weeks of high strain. */
class LoadDerivationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDateTime NOW = TODAY.atTime(8, 0);
    private final ContextDerivation derivation = new ContextDerivation();
    private final AdviceEngine engine = new AdviceEngine();

    private static LoggedSession run(LocalDate date, int minutes, int rpe) {
        return new LoggedSession(date, Optional.empty(), Optional.of(SessionType.EASY), minutes, Optional.of(rpe),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Three weeks of 200 AU every other day (days −27 … −7), then a week alternating 630 and 90 AU.
     * Uncoupled ACWR on today: acute 2160 / 7 = 308.6, chronic 2200 / 21 = 104.8, ratio 2.95;
     * monotony of the last week 1.10, so only the ratio flags.
     */
    private static List<LoggedSession> spikeWeek() {
        List<LoggedSession> sessions = new ArrayList<>();
        for (int day = 27; day >= 7; day -= 2) {
            sessions.add(run(TODAY.minusDays(day), 40, 5));
        }
        for (int day = 6; day >= 1; day--) {
            sessions.add(day % 2 == 0 ? run(TODAY.minusDays(day), 90, 7) : run(TODAY.minusDays(day), 30, 3));
        }
        return sessions;
    }

    private static CheckIn checkIn(Context context, Signals signals) {
        return new CheckIn(TODAY, AthleteProfile.UNKNOWN, context, signals);
    }

    private DerivedCheckIn derive(CheckIn checkIn, List<LoggedSession> sessions) {
        return derivation.derive(checkIn, AthleteProfile.UNKNOWN, new JournalHistory(List.of(), sessions), NOW);
    }

    @Test
    void aLoggedSpikeMakesTheBlockAShockMicrocycleAndChangesTheAdvice() {
        CheckIn fresh = checkIn(Context.UNKNOWN, Signals.builder().soreness(1).build());
        Advice withoutJournal = engine.advise(fresh);

        DerivedCheckIn derived = derive(fresh, spikeWeek());
        Advice advice = engine.advise(derived.checkIn());

        assertThat(withoutJournal.decision()).isEqualTo(Decision.TRAIN);
        assertThat(derived.checkIn().context().trainingBlock()).contains(TrainingBlock.SHOCK_MICROCYCLE);
        Provenance why = derived.context().get("trainingBlock");
        assertThat(why.source()).isEqualTo(Source.DERIVED);
        assertThat(why.why()).contains("acute load is 2.95 times chronic", "uncoupled", "session-RPE",
                "17 of the last 28 days", "monotony 1.10", "does not predict injury", "Gabbett 2016",
                "Impellizzeri et al. 2020");
        assertThat(advice.decision()).isEqualTo(Decision.REST);
        assertThat(advice.scenarios()).contains(Scenario.SHOCK_MICROCYCLE);
    }

    @Test
    void aGivenNormalBlockOverridesTheLoggedSpike() {
        Context normal = new Context(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(TrainingBlock.NORMAL), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        DerivedCheckIn derived = derive(checkIn(normal, Signals.builder().soreness(1).build()), spikeWeek());

        assertThat(derived.checkIn().context().trainingBlock()).contains(TrainingBlock.NORMAL);
        assertThat(derived.context().get("trainingBlock").source()).isEqualTo(Source.GIVEN);
        assertThat(engine.advise(derived.checkIn()).scenarios()).doesNotContain(Scenario.SHOCK_MICROCYCLE);
    }

    @Test
    void aShortJournalCannotShowASpikeAndSaysHowMuchItNeeds() {
        List<LoggedSession> twoBigDays = List.of(run(TODAY.minusDays(2), 200, 8), run(TODAY.minusDays(1), 200, 8));

        DerivedCheckIn derived = derive(checkIn(Context.UNKNOWN, Signals.builder().build()), twoBigDays);

        assertThat(derived.checkIn().context().trainingBlock()).isEmpty();
        assertThat(derived.context().get("trainingBlock").source()).isEqualTo(Source.UNKNOWN);
        assertThat(derived.context().get("trainingBlock").why()).contains("3 day(s)", "7 for monotony", "28 for ACWR");
    }

    @Test
    void aSparseJournalDoesNotFlagARatioFromAFewSessions() {
        // One session 27 days ago and a big one yesterday: a ratio far above 1.5, from 2 logged days of 28.
        List<LoggedSession> sparse = List.of(run(TODAY.minusDays(27), 60, 4), run(TODAY.minusDays(1), 300, 7));

        DerivedCheckIn derived = derive(checkIn(Context.UNKNOWN, Signals.builder().build()), sparse);

        assertThat(derived.checkIn().context().trainingBlock()).isEmpty();
        assertThat(derived.context().get("trainingBlock").why()).contains("no load spike", "2 of the last 28 days");
    }

    /** Three weeks of the same 240 AU every day up to yesterday: every week maximally monotonous. */
    private static List<LoggedSession> sameRunEveryDay() {
        List<LoggedSession> sessions = new ArrayList<>();
        for (int day = 21; day >= 1; day--) {
            sessions.add(run(TODAY.minusDays(day), 60, 4));
        }
        return sessions;
    }

    @Test
    void weeksOfHighStrainWithTodaysFatigueFeedOverreaching() {
        Signals worn = Signals.builder().easyEffortFeelsExpensive(true).lowMood(true).lowMotivation(true).build();

        DerivedCheckIn derived = derive(checkIn(Context.UNKNOWN, worn), sameRunEveryDay());
        Advice advice = engine.advise(derived.checkIn());

        assertThat(derived.checkIn().context().weeksOfPersistentFatigue()).contains(3);
        assertThat(derived.context().get("weeksOfPersistentFatigue").why())
                .contains("3 consecutive week(s) of high strain", "Foster 1998", "fatigue in today's check-in");
        assertThat(advice.scenarios()).contains(Scenario.OVERREACHING).doesNotContain(Scenario.SHOCK_MICROCYCLE);
    }

    @Test
    void highStrainWithoutFatigueInTheCheckInIsNotCountedAsFatigue() {
        DerivedCheckIn derived = derive(checkIn(Context.UNKNOWN, Signals.builder().lowMood(true).build()), sameRunEveryDay());

        assertThat(derived.checkIn().context().weeksOfPersistentFatigue()).isEmpty();
        assertThat(derived.checkIn().context().trainingBlock())
                .as("the same easy hour every day is a routine, not a shock microcycle").isEmpty();
    }

    @Test
    void highStrainWeeksCountOnlyWeeksInsideTheJournal() {
        var load = LoadDerivation.load(sameRunEveryDay());

        assertThat(LoadDerivation.highStrainWeeks(load, TODAY)).isEqualTo(3);
        assertThat(LoadDerivation.highStrainWeeks(load, TODAY.minusDays(16))).isZero();
    }
}
