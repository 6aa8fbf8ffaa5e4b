package org.restwise.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Modality;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.journal.Provenance.Source;

class ContextDerivationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final LocalDateTime NOW = TODAY.atTime(8, 0);
    private final ContextDerivation derivation = new ContextDerivation();

    private static CheckIn checkIn(LocalDate date, Signals signals) {
        return new CheckIn(date, AthleteProfile.UNKNOWN, Context.UNKNOWN, signals);
    }

    private static CheckIn sore(LocalDate date, int soreness) {
        return checkIn(date, Signals.builder().soreness(soreness).build());
    }

    private static LoggedSession training(LocalDateTime start, SessionType type, int minutes) {
        return new LoggedSession(start.toLocalDate(), Optional.of(start), Optional.of(type), minutes,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static LoggedSession recovery(LocalDate date, boolean leftFlatter) {
        return new LoggedSession(date, Optional.empty(), Optional.empty(), 30, Optional.of(3), Optional.empty(),
                Optional.empty(), Optional.empty(),
                Optional.of(new RecoveryBlock(Modality.WALK, Optional.of(true), Optional.of(leftFlatter))));
    }

    private DerivedCheckIn derive(CheckIn today, List<CheckIn> earlier, List<LoggedSession> sessions) {
        return derivation.derive(today, AthleteProfile.UNKNOWN, new JournalHistory(earlier, sessions), NOW);
    }

    @Test
    void lastHardSessionAndHoursSinceComeFromTheJournal() {
        LoggedSession race = training(TODAY.minusDays(1).atTime(6, 0), SessionType.HUNDRED_MILE_RACE, 600);
        LoggedSession easy = training(TODAY.minusDays(1).atTime(18, 0), SessionType.EASY, 30);

        DerivedCheckIn derived = derive(sore(TODAY, 6), List.of(), List.of(race, easy));

        assertThat(derived.checkIn().context().lastSession()).contains(SessionType.HUNDRED_MILE_RACE);
        assertThat(derived.checkIn().context().hoursSinceLastSession()).contains(16.0);
        assertThat(derived.context().get("lastSession").source()).isEqualTo(Source.DERIVED);
        assertThat(derived.context().get("lastSession").why()).contains("hundred mile race", "2026-11-28");
    }

    @Test
    void aRideAfterAMountainRunNeverHidesTheMountainRunFromTheAdvice() {
        LoggedSession mountain = training(TODAY.minusDays(2).atTime(7, 0), SessionType.MOUNTAIN_RUN, 180);
        LoggedSession ride = training(TODAY.minusDays(1).atTime(17, 0), SessionType.CYCLING, 120);
        LoggedSession hike = training(TODAY.minusDays(1).atTime(10, 0), SessionType.HIKING, 120);

        DerivedCheckIn derived = derive(sore(TODAY, 4), List.of(), List.of(mountain, ride, hike));

        assertThat(derived.checkIn().context().lastSession()).contains(SessionType.MOUNTAIN_RUN);
        assertThat(derived.checkIn().context().hoursSinceLastSession()).contains(46.0);
    }

    @Test
    void aSessionWithoutStartIsAssumedToStartAtNine() {
        LoggedSession run = new LoggedSession(TODAY.minusDays(2), Optional.empty(), Optional.of(SessionType.LONG_RUN),
                120, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        DerivedCheckIn derived = derive(sore(TODAY, 0), List.of(), List.of(run));

        assertThat(derived.checkIn().context().hoursSinceLastSession()).contains(45.0);
        assertThat(derived.context().get("hoursSinceLastSession").why()).contains("assumed 09:00");
    }

    @Test
    void givenLastSessionWinsAndIsTimedFromTheLatestSessionOfThatType() {
        LoggedSession ultra = training(TODAY.minusDays(3).atTime(6, 0), SessionType.ULTRA_RACE, 600);
        LoggedSession intervals = training(TODAY.minusDays(1).atTime(7, 0), SessionType.INTERVALS, 60);
        CheckIn given = sore(TODAY, 2).withContext(Context.UNKNOWN.orElse(new Context(Optional.of(SessionType.ULTRA_RACE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())));

        DerivedCheckIn derived = derive(given, List.of(), List.of(ultra, intervals));

        assertThat(derived.checkIn().context().lastSession()).contains(SessionType.ULTRA_RACE);
        assertThat(derived.context().get("lastSession").source()).isEqualTo(Source.GIVEN);
        assertThat(derived.checkIn().context().hoursSinceLastSession()).contains(64.0);
    }

    @Test
    void hardSessionsOlderThanFourWeeksAndFutureSessionsAreIgnored() {
        LoggedSession old = training(TODAY.minusDays(40).atTime(6, 0), SessionType.LONG_RUN, 120);
        LoggedSession later = training(TODAY.atTime(17, 0), SessionType.INTERVALS, 60);

        DerivedCheckIn derived = derive(sore(TODAY, 0), List.of(), List.of(old, later));

        assertThat(derived.checkIn().context().lastSession()).isEmpty();
        assertThat(derived.context().get("lastSession").source()).isEqualTo(Source.UNKNOWN);
    }

    @Test
    void soreForMoreThanSixtyDaysCountsAsSixtyRatherThanFailing() {
        List<CheckIn> earlier = java.util.stream.IntStream.rangeClosed(1, 75)
                .mapToObj(d -> sore(TODAY.minusDays(d), 5)).toList();

        assertThat(derive(sore(TODAY, 5), earlier, List.of()).checkIn().context().domsDays()).contains(60);
    }

    @Test
    void domsDaysCountConsecutiveSoreCheckInsIncludingToday() {
        List<CheckIn> earlier = List.of(sore(TODAY.minusDays(4), 6), sore(TODAY.minusDays(3), 2),
                sore(TODAY.minusDays(2), 5), sore(TODAY.minusDays(1), 4));

        DerivedCheckIn derived = derive(sore(TODAY, 5), earlier, List.of());

        assertThat(derived.checkIn().context().domsDays()).contains(3);
        assertThat(derived.context().get("domsDays").source()).isEqualTo(Source.DERIVED);
    }

    @Test
    void aDayWithoutCheckInBreaksTheSorenessRun() {
        List<CheckIn> earlier = List.of(sore(TODAY.minusDays(3), 6), sore(TODAY.minusDays(1), 6));

        assertThat(derive(sore(TODAY, 6), earlier, List.of()).checkIn().context().domsDays()).contains(2);
    }

    @Test
    void mildSorenessTodayMeansNoDomsDays() {
        List<CheckIn> earlier = List.of(sore(TODAY.minusDays(1), 7));

        assertThat(derive(sore(TODAY, ContextDerivation.REAL_SORENESS - 1), earlier, List.of())
                .checkIn().context().domsDays()).contains(0);
    }

    @Test
    void givenDomsDaysWin() {
        CheckIn given = sore(TODAY, 6).withContext(new Context(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(9), Optional.empty(), Optional.empty()));

        DerivedCheckIn derived = derive(given, List.of(sore(TODAY.minusDays(1), 6)), List.of());

        assertThat(derived.checkIn().context().domsDays()).contains(9);
        assertThat(derived.context().get("domsDays").source()).isEqualTo(Source.GIVEN);
    }

    @Test
    void usualDomsDaysIsLearnedAsTheMedianOfFinishedEpisodes() {
        List<CheckIn> earlier = new ArrayList<>();
        // Episodes of 2, 3 and 2 days, each ended by a calm check-in; then the current run of 3 days.
        LocalDate d = TODAY.minusDays(30);
        for (int length : new int[] {2, 3, 2}) {
            for (int i = 0; i < length; i++) {
                earlier.add(sore(d, 6));
                d = d.plusDays(1);
            }
            earlier.add(sore(d, 1));
            d = d.plusDays(2);
        }
        earlier.add(sore(TODAY.minusDays(2), 6));
        earlier.add(sore(TODAY.minusDays(1), 6));

        DerivedCheckIn derived = derive(sore(TODAY, 6), earlier, List.of());

        assertThat(derived.checkIn().athlete().usualDomsDays()).contains(2);
        assertThat(derived.athlete().get("usualDomsDays").source()).isEqualTo(Source.DERIVED);
        assertThat(derived.athlete().get("usualDomsDays").why()).contains("median", "3 soreness episodes");
        assertThat(derived.checkIn().context().domsDays()).contains(3);
    }

    @Test
    void oneEpisodeIsNotEnoughToLearnWhatIsNormal() {
        List<CheckIn> earlier = List.of(sore(TODAY.minusDays(5), 6), sore(TODAY.minusDays(4), 6), sore(TODAY.minusDays(3), 0));

        DerivedCheckIn derived = derive(sore(TODAY, 6), earlier, List.of());

        assertThat(derived.checkIn().athlete().usualDomsDays()).isEmpty();
        assertThat(derived.athlete().get("usualDomsDays").source()).isEqualTo(Source.UNKNOWN);
    }

    @Test
    void theProfileFillsAthleteValuesTheCheckInLeavesOut() {
        AthleteProfile profile = new AthleteProfile(Optional.of(185), Optional.empty(), Optional.empty(), Optional.of(3));
        CheckIn given = sore(TODAY, 2).withAthlete(new AthleteProfile(Optional.of(190), Optional.empty(), Optional.empty(),
                Optional.empty()));

        DerivedCheckIn derived = derivation.derive(given, profile, JournalHistory.EMPTY, NOW);

        assertThat(derived.checkIn().athlete().maxHeartRate()).contains(190);
        assertThat(derived.checkIn().athlete().usualDomsDays()).contains(3);
        assertThat(derived.athlete().get("maxHeartRate").source()).isEqualTo(Source.GIVEN);
        assertThat(derived.athlete().get("usualDomsDays").source()).isEqualTo(Source.PROFILE);
    }

    @Test
    void recoverySessionsLeftFlatterCountsOnlyTheLastThree() {
        List<LoggedSession> sessions = List.of(recovery(TODAY.minusDays(8), true), recovery(TODAY.minusDays(6), false),
                recovery(TODAY.minusDays(4), true), recovery(TODAY.minusDays(2), true));

        DerivedCheckIn derived = derive(sore(TODAY, 0), List.of(), sessions);

        assertThat(derived.checkIn().context().recoverySessionsLeftFlatter()).contains(2);
        assertThat(derived.context().get("recoverySessionsLeftFlatter").why()).contains("2 of the last 3");
    }

    @Test
    void withoutRecoverySessionsTheFlatterCountStaysUnknown() {
        DerivedCheckIn derived = derive(sore(TODAY, 0), List.of(), List.of());

        assertThat(derived.checkIn().context().recoverySessionsLeftFlatter()).isEmpty();
        assertThat(derived.context().get("recoverySessionsLeftFlatter").source()).isEqualTo(Source.UNKNOWN);
    }

    private static CheckIn tired(LocalDate date, boolean tired) {
        return checkIn(date, Signals.builder().easyEffortFeelsExpensive(tired).build());
    }

    @Test
    void weeksOfPersistentFatigueCountConsecutiveTiredWeeks() {
        List<CheckIn> earlier = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            earlier.add(tired(TODAY.minusDays(day), day <= 13));
        }

        DerivedCheckIn derived = derive(tired(TODAY, true), earlier, List.of());

        assertThat(derived.checkIn().context().weeksOfPersistentFatigue()).contains(2);
        assertThat(derived.context().get("weeksOfPersistentFatigue").source()).isEqualTo(Source.DERIVED);
    }

    @Test
    void tooFewCheckInsLeaveFatigueWeeksUnknown() {
        DerivedCheckIn derived = derive(tired(TODAY, true), List.of(tired(TODAY.minusDays(1), true)), List.of());

        assertThat(derived.checkIn().context().weeksOfPersistentFatigue()).isEmpty();
    }

    private static CheckIn rough(LocalDate date, double sleepHours, boolean irritable) {
        return checkIn(date, Signals.builder().sleepHours(sleepHours).irritability(irritable).lowMotivation(true).build());
    }

    @Test
    void shortNightsInTheJournalRaiseTodaysShortSleepNights() {
        List<CheckIn> earlier = List.of(rough(TODAY.minusDays(2), 5.0, false), rough(TODAY.minusDays(1), 5.5, false),
                rough(TODAY.minusDays(9), 4.0, false));

        DerivedCheckIn derived = derive(rough(TODAY, 7.0, false), earlier, List.of());

        assertThat(derived.checkIn().signals().shortSleepNights()).isEqualTo(2);
        assertThat(derived.signals()).containsKey("shortSleepNights");
        assertThat(derived.signals()).doesNotContainKey("irritability");
    }

    @Test
    void fatigueIrritabilityAndPoorSleepAcrossDaysMarkTodayIrritable() {
        List<CheckIn> earlier = List.of(rough(TODAY.minusDays(2), 5.0, true), rough(TODAY.minusDays(1), 5.5, true));

        DerivedCheckIn derived = derive(rough(TODAY, 6.5, false), earlier, List.of());

        assertThat(derived.checkIn().signals().irritability()).isTrue();
        assertThat(derived.signals().get("irritability").why()).contains("irritable on 2");
    }

    @Test
    void theJournalNeverClearsASignalTheRunnerReported() {
        CheckIn today = checkIn(TODAY, Signals.builder().shortSleepNights(4).irritability(true).build());

        DerivedCheckIn derived = derive(today, List.of(), List.of());

        assertThat(derived.checkIn().signals().shortSleepNights()).isEqualTo(4);
        assertThat(derived.checkIn().signals().irritability()).isTrue();
        assertThat(derived.signals()).isEmpty();
    }

    @Test
    void aRecoverySessionNeedsItsRecoveryBlock() {
        assertThatThrownBy(() -> new LoggedSession(TODAY, Optional.empty(), Optional.empty(), 30, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessage("recovery must be given for a RECOVERY session");
    }

    @Test
    void aSessionRefusesOutOfRangeValuesNamingTheField() {
        assertThatThrownBy(() -> new LoggedSession(TODAY, Optional.empty(), Optional.of(SessionType.EASY), 30,
                Optional.of(11), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessage("rpe must be between 0 and 10, got 11");
    }
}
