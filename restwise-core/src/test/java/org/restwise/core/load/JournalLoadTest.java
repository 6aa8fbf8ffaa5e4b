package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Modality;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.terrain.GradeCostModel;

class JournalLoadTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    static LoggedSession run(LocalDate date, SessionType type, int minutes, Integer rpe, Double km, Double ascent,
            Double descent) {
        return new LoggedSession(date, Optional.empty(), Optional.of(type), minutes, Optional.ofNullable(rpe),
                Optional.ofNullable(km), Optional.ofNullable(ascent), Optional.ofNullable(descent), Optional.empty());
    }

    static LoggedSession walk(LocalDate date, int minutes, Integer rpe) {
        return new LoggedSession(date, Optional.empty(), Optional.empty(), minutes, Optional.ofNullable(rpe),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new RecoveryBlock(Modality.WALK, Optional.empty(), Optional.of(false))));
    }

    /**
     * The worked example, checked by hand:
     * <pre>
     * date   session                                   load (AU)          flat-eq km               descent m
     * 11-01  EASY 60 min RPE 4, 10 km flat             4 × 60 = 240       10                        –
     * 11-02  MOUNTAIN_RUN 120 min, no RPE (assumed 6)  6 × 120 = 720      10 × 1.6578 + 10 × 0.5977 1000
     *        RECOVERY walk 30 min RPE 3                3 × 30 = 90        –                         –
     *        day                                       810 (1 estimated)  22.555
     * 11-04  INTERVALS 50 min, no RPE (assumed 8)      8 × 50 = 400       10 × 1.3014 (all uphill)  0
     * </pre>
     * The mountain run: 20 km with 1000 m up and 1000 m down is 10 km at +10 % and 10 km at −10 %.
     */
    private static final List<LoggedSession> WORKED = List.of(
            run(NOV_1, SessionType.EASY, 60, 4, 10.0, 0.0, 0.0),
            run(NOV_1.plusDays(1), SessionType.MOUNTAIN_RUN, 120, null, 20.0, 1000.0, 1000.0),
            walk(NOV_1.plusDays(1), 30, 3),
            run(NOV_1.plusDays(3), SessionType.INTERVALS, 50, null, 10.0, 500.0, null));

    private final JournalLoad journal = JournalLoad.of(WORKED, RunnerProfile.EMPTY);

    @Test
    void sessionLoadIsSessionRpeWithTheTypesRpeAssumedWhereNoneWasLogged() {
        assertThat(journal.load().asMap()).containsExactly(
                java.util.Map.entry(NOV_1, 240.0), java.util.Map.entry(NOV_1.plusDays(1), 810.0),
                java.util.Map.entry(NOV_1.plusDays(3), 400.0));
        assertThat(journal.method()).isEqualTo(SessionLoadMethod.SESSION_RPE);
    }

    @Test
    void eachDaySaysWhetherItsLoadWasEstimated() {
        assertThat(journal.sessionsOn(NOV_1).orElseThrow().method()).isEqualTo(SessionLoadMethod.SESSION_RPE);
        assertThat(journal.sessionsOn(NOV_1.plusDays(1))).contains(new JournalLoad.DaySessions(2, 1));
        assertThat(journal.sessionsOn(NOV_1.plusDays(1)).orElseThrow().method()).isEqualTo(SessionLoadMethod.ASSUMED_RPE);
        assertThat(journal.sessionsOn(NOV_1.plusDays(2))).isEmpty();
        assertThat(journal.estimatedSessions(NOV_1, NOV_1.plusDays(6))).isEqualTo(2);
        assertThat(journal.sessions(NOV_1, NOV_1.plusDays(6))).isEqualTo(4);
    }

    @Test
    void flatEquivalentSpreadsClimbingAndDescendingOverTheDistance() {
        assertThat(journal.flatEquivalentKm().loadOn(NOV_1)).isEqualTo(10.0);
        assertThat(journal.flatEquivalentKm().loadOn(NOV_1.plusDays(1))).isCloseTo(22.5553, within(1e-4));
        assertThat(journal.flatEquivalentKm().loadOn(NOV_1.plusDays(3))).isCloseTo(13.0144, within(1e-4));
        // The walk had no distance: no metabolic distance on record for it, not a zero.
        assertThat(journal.flatEquivalentKm().daysWithData(NOV_1, NOV_1.plusDays(6))).isEqualTo(3);
    }

    @Test
    void aFlatEquivalentMeasuredAlongTheTrackWinsOverTheEstimateFromTotals() {
        LoggedSession imported = run(NOV_1, SessionType.MOUNTAIN_RUN, 90, 6, 15.0, 900.0, 900.0);
        LoggedSession logged = run(NOV_1.plusDays(1), SessionType.MOUNTAIN_RUN, 90, 6, 15.0, 900.0, 900.0);

        JournalLoad load = JournalLoad.of(List.of(imported, logged), RunnerProfile.EMPTY, GradeCostModel.minetti(),
                session -> session == imported ? java.util.OptionalDouble.of(19.25) : java.util.OptionalDouble.empty());

        assertThat(load.flatEquivalentKm().loadOn(NOV_1)).isEqualTo(19.25);
        assertThat(load.flatEquivalentKm().loadOn(NOV_1.plusDays(1)))
                .isCloseTo(JournalLoad.flatEquivalentKm(logged, GradeCostModel.minetti()).getAsDouble(), within(1e-9));
    }

    @Test
    void aClimbSteeperThanTheModelsFitIsClampedNotRefused() {
        LoggedSession verticalKm = run(NOV_1, SessionType.HARD_WORKOUT, 60, 9, 2.0, 1000.0, 0.0);

        double clampedRatio = GradeCostModel.minetti().costRatio(0.45);
        assertThat(JournalLoad.flatEquivalentKm(verticalKm, GradeCostModel.minetti()))
                .hasValueCloseTo(2.0 * clampedRatio, within(1e-9));
        assertThat(clampedRatio).isCloseTo(5.3961, within(1e-4));
    }

    @Test
    void descentIsItsOwnSeries() {
        assertThat(journal.descentMeters().asMap()).containsExactly(
                java.util.Map.entry(NOV_1, 0.0), java.util.Map.entry(NOV_1.plusDays(1), 1000.0));
    }

    @Test
    void aRideCountsAsSessionLoadButAddsNoRunningKilometresAndNoEccentricLoad() {
        LoggedSession ride = run(NOV_1, SessionType.CYCLING, 120, null, 60.0, 900.0, 900.0);

        JournalLoad load = JournalLoad.of(List.of(ride), RunnerProfile.EMPTY, GradeCostModel.minetti(),
                session -> java.util.OptionalDouble.of(75.0));

        assertThat(load.load().loadOn(NOV_1)).isEqualTo(4.0 * 120);
        assertThat(load.flatEquivalentKm().asMap()).isEmpty();
        assertThat(load.descentMeters().asMap()).isEmpty();
    }

    @Test
    void crossTrainingIsAssumedEasyAndNonImpactLikeARide() {
        LoggedSession ski = run(NOV_1, SessionType.CROSS_TRAINING, 90, null, 20.0, 400.0, 400.0);

        JournalLoad load = JournalLoad.of(List.of(ski), RunnerProfile.EMPTY);

        assertThat(load.load().loadOn(NOV_1)).isEqualTo(4.0 * 90);
        assertThat(load.flatEquivalentKm().asMap()).isEmpty();
        assertThat(load.descentMeters().asMap()).isEmpty();
    }

    @Test
    void aHikeIsEasyTimeOnFootWhoseDescentStillCountsAsEccentricLoad() {
        LoggedSession hike = run(NOV_1, SessionType.HIKING, 240, null, 16.0, 1200.0, 1200.0);

        JournalLoad load = JournalLoad.of(List.of(hike), RunnerProfile.EMPTY);

        assertThat(load.load().loadOn(NOV_1)).isEqualTo(3.0 * 240);
        assertThat(load.descentMeters().loadOn(NOV_1)).isEqualTo(1200.0);
        assertThat(load.flatEquivalentKm().loadOn(NOV_1))
                .isCloseTo(JournalLoad.flatEquivalentKm(hike, GradeCostModel.minetti()).getAsDouble(), within(1e-9));
    }

    @Test
    void somethingElseIsAssumedAtTheRecoveryLevelUntilTheRunnerGivesAnRpe() {
        LoggedSession other = run(NOV_1, SessionType.OTHER, 60, null, 30.0, 200.0, 200.0);
        LoggedSession strength = run(NOV_1.plusDays(1), SessionType.OTHER, 60, 7, null, null, null);

        JournalLoad load = JournalLoad.of(List.of(other, strength), RunnerProfile.EMPTY);

        assertThat(load.load().loadOn(NOV_1)).isEqualTo(2.0 * 60);
        assertThat(load.load().loadOn(NOV_1.plusDays(1))).isEqualTo(7.0 * 60);
        assertThat(load.descentMeters().asMap()).isEmpty();
    }

    @Test
    void aRecoverySpinAddsNoRunningKilometresWhereARecoveryJogDoes() {
        LoggedSession spin = new LoggedSession(NOV_1, Optional.empty(), Optional.empty(), 30, Optional.empty(),
                Optional.of(12.0), Optional.empty(), Optional.of(100.0),
                Optional.of(new RecoveryBlock(Modality.CYCLE, Optional.empty(), Optional.empty())));
        LoggedSession jog = new LoggedSession(NOV_1.plusDays(1), Optional.empty(), Optional.empty(), 30, Optional.empty(),
                Optional.of(4.0), Optional.empty(), Optional.of(20.0),
                Optional.of(new RecoveryBlock(Modality.EASY_JOG, Optional.empty(), Optional.empty())));

        JournalLoad load = JournalLoad.of(List.of(spin, jog), RunnerProfile.EMPTY);

        assertThat(load.flatEquivalentKm().asMap()).containsOnlyKeys(NOV_1.plusDays(1));
        assertThat(load.descentMeters().asMap()).containsOnlyKeys(NOV_1.plusDays(1));
    }

    @Test
    void theReportCarriesEveryMetricOfTheWorkedWeek() {
        LoadReport report = LoadReport.of(journal, NOV_1, NOV_1.plusDays(6), AcwrMethod.UNCOUPLED);

        assertThat(report.days()).hasSize(7);
        LoadDay thursday = report.days().get(3);
        assertThat(thursday.load()).isEqualTo(400);
        assertThat(thursday.loadMethod()).contains(SessionLoadMethod.ASSUMED_RPE);
        // CTL and ATL step by (load − previous) / 42 and / 7 from zero: 240, 810, 0, 400.
        assertThat(thursday.fitnessFatigue().fitness()).isCloseTo(33.2179, within(1e-4));
        assertThat(thursday.fitnessFatigue().fatigue()).isCloseTo(163.7484, within(1e-4));
        assertThat(thursday.fitnessFatigue().form()).isCloseTo(-100.1012, within(1e-4)); // CTL − ATL going into the day;
        assertThat(thursday.ratio()).isEmpty(); // four days of history, not 28
        assertThat(thursday.daysWithData()).isEqualTo(3);
        LoadDay sunday = report.latest();
        // Week 240, 810, 0, 400, 0, 0, 0: mean 207.14, population SD 286.19.
        assertThat(sunday.monotony().monotony()).hasValueCloseTo(0.72379, within(1e-5));
        assertThat(sunday.monotony().strain()).hasValueCloseTo(1049.49, within(1e-2));
        assertThat(sunday.loadMethod()).isEmpty();
        assertThat(report.sessions()).isEqualTo(4);
        assertThat(report.estimatedSessions()).isEqualTo(2);
    }

    @Test
    void aSteadyMonthGivesARatioOfOneOnEveryMethod() {
        List<LoggedSession> sessions = new ArrayList<>();
        for (int day = 0; day < 35; day++) {
            sessions.add(run(NOV_1.plusDays(day), SessionType.EASY, 40, 5, 8.0, null, null));
        }
        JournalLoad steady = JournalLoad.of(sessions, RunnerProfile.EMPTY);
        LocalDate last = NOV_1.plusDays(34);

        for (AcwrMethod method : AcwrMethod.values()) {
            LoadDay day = LoadReport.of(steady, last, last, method).latest();
            assertThat(day.ratio()).as(method.name()).hasValueCloseTo(1.0, within(1e-9));
            assertThat(day.ewma().ratio()).hasValueCloseTo(1.0, within(1e-9));
            assertThat(day.daysWithData()).isEqualTo(28);
            assertThat(day.monotony().identicalDays()).isTrue();
            assertThat(day.flatEquivalentKm()).isEqualTo(8.0);
        }
    }
}
