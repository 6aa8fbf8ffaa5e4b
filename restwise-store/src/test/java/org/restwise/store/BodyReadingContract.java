package org.restwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restwise.core.access.Account;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Role;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sdnn;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.VendorHrvBand;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;
import org.restwise.core.body.normal.JumpTest;

/** An athlete's body readings: kept by source precedence, read back whole, theirs alone; one subclass per database. */
abstract class BodyReadingContract {

    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-30");

    abstract String freshUrl();

    private record Two(JournalStore store, AthleteId alice, AthleteId bob) {
    }

    private Two twoAthletes() {
        JournalStore store = JournalStore.open(freshUrl());
        return store.write(j -> {
            Account alice = j.accounts().add("alice@example.org", "$argon2id$x", Set.of(Role.ATHLETE), NOW);
            Account bob = j.accounts().add("bob@example.org", "$argon2id$x", Set.of(Role.ATHLETE), NOW);
            return new Two(store, j.athletes().addFor(alice.id(), NOW), j.athletes().addFor(bob.id(), NOW));
        });
    }

    private static WellnessDay fullDay() {
        HrvReading morning = new HrvReading(48.5, Optional.of(52), HrvWindow.MORNING,
                Optional.of(new HrvReading.BeatsKept(310, 301)), Optional.empty());
        Sleep night = new Sleep(Optional.of(Duration.ofMinutes(403)), Optional.of(Duration.ofMinutes(80)),
                Optional.of(Duration.ofMinutes(250)), Optional.of(Duration.ofMinutes(73)), Optional.of(Duration.ofMinutes(12)),
                Optional.of(83));
        return WellnessDay.on(DAY).withHrv(morning, WellnessSource.POLAR_RR)
                .withRestingHeartRate(new RestingHeartRate(44), WellnessSource.GARMIN_MONITORING)
                .withSdnn(new Sdnn(61.0), WellnessSource.APPLE_HEALTH)
                .withSleep(night, WellnessSource.GARMIN_SLEEP);
    }

    @Test
    void aDayIsReadBackWithEverySignalItsFiguresAndItsSources() {
        Two two = twoAthletes();
        var kept = two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(fullDay(), NOW));
        assertThat(kept).isEqualTo(new BodyReadingRepository.Kept(4, 0, 0));

        List<WellnessDay> days = two.store().read(j -> j.athlete(two.alice()).bodyReadings().daysBetween(DAY, DAY));
        assertThat(days).containsExactly(fullDay());
    }

    @Test
    void keepingTheSameDayAgainChangesNothing() {
        Two two = twoAthletes();
        two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(fullDay(), NOW));
        long revision = two.store().read(j -> j.athlete(two.alice()).revision());

        var again = two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(fullDay(), NOW.plusSeconds(60)));

        assertThat(again).isEqualTo(new BodyReadingRepository.Kept(0, 0, 4));
        assertThat(again.changedAnything()).isFalse();
        long after = two.store().read(j -> j.athlete(two.alice()).revision());
        assertThat(after).isEqualTo(revision);
    }

    @Test
    void aHigherRankingSourceReplacesALowerOneAndNeverTheOtherWayRound() {
        Two two = twoAthletes();
        WellnessDay fromAggregator = WellnessDay.on(DAY).withRestingHeartRate(new RestingHeartRate(50), WellnessSource.INTERVALS_ICU);
        WellnessDay fromWatch = WellnessDay.on(DAY).withRestingHeartRate(new RestingHeartRate(46), WellnessSource.GARMIN_MONITORING);
        WellnessDay byHand = WellnessDay.on(DAY).withRestingHeartRate(new RestingHeartRate(43), WellnessSource.MANUAL);
        var repository = (java.util.function.Function<AthleteRecords, BodyReadingRepository>) AthleteRecords::bodyReadings;

        two.store().write(j -> repository.apply(j.athlete(two.alice())).keep(fromAggregator, NOW));
        var watch = two.store().write(j -> repository.apply(j.athlete(two.alice())).keep(fromWatch, NOW));
        var hand = two.store().write(j -> repository.apply(j.athlete(two.alice())).keep(byHand, NOW));
        var aggregatorAgain = two.store().write(j -> repository.apply(j.athlete(two.alice())).keep(fromAggregator, NOW));

        assertThat(List.of(watch, hand, aggregatorAgain)).containsExactly(
                new BodyReadingRepository.Kept(0, 1, 0), new BodyReadingRepository.Kept(0, 1, 0), new BodyReadingRepository.Kept(0, 0, 1));
        List<WellnessDay> days = two.store().read(j -> repository.apply(j.athlete(two.alice())).daysBetween(DAY, DAY));
        assertThat(days).containsExactly(byHand);
    }

    @Test
    void theSameSourceSayingSomethingNewIsTakenAsACorrection() {
        Two two = twoAthletes();
        two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(
                WellnessDay.on(DAY).withRestingHeartRate(new RestingHeartRate(52), WellnessSource.MANUAL), NOW));
        var corrected = two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(
                WellnessDay.on(DAY).withRestingHeartRate(new RestingHeartRate(45), WellnessSource.MANUAL), NOW));
        assertThat(corrected).isEqualTo(new BodyReadingRepository.Kept(0, 1, 0));
        List<WellnessDay> days = two.store().read(j -> j.athlete(two.alice()).bodyReadings().daysBetween(DAY, DAY));
        assertThat(days.get(0).restingHeartRate().orElseThrow().value().bpm()).isEqualTo(45);
    }

    @Test
    void aVendorsBandAndVerdictSurviveTheRoundTrip() {
        Two two = twoAthletes();
        HrvReading overnight = HrvReading.reported(38.0, Optional.empty(), HrvWindow.OVERNIGHT)
                .withVendorBand(new VendorHrvBand(30.0, 35.0, 48.0, Optional.of("BALANCED; odd=words%")));
        WellnessDay day = WellnessDay.on(DAY).withHrv(overnight, WellnessSource.GARMIN_HRV_STATUS);
        two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(day, NOW));
        List<WellnessDay> days = two.store().read(j -> j.athlete(two.alice()).bodyReadings().daysBetween(DAY, DAY));
        assertThat(days).containsExactly(day);
    }

    @Test
    void ofTwoJumpTestsOnOneDayTheBetterOneIsKept() {
        Two two = twoAthletes();
        JumpTest tired = JumpTest.of(30.0, 31.0, 29.5);
        JumpTest fresh = JumpTest.of(34.0, 35.5, 34.5);
        two.store().write(j -> j.athlete(two.alice()).bodyReadings().keepJump(DAY, tired, NOW));
        two.store().write(j -> j.athlete(two.alice()).bodyReadings().keepJump(DAY, fresh, NOW));
        var worse = two.store().write(j -> j.athlete(two.alice()).bodyReadings().keepJump(DAY, tired, NOW));

        assertThat(worse.changedAnything()).isFalse();
        NavigableMap<LocalDate, JumpTest> jumps = two.store().read(j -> j.athlete(two.alice()).bodyReadings().jumpsBetween(DAY, DAY));
        assertThat(jumps).containsExactly(java.util.Map.entry(DAY, fresh));
        List<WellnessDay> days = two.store().read(j -> j.athlete(two.alice()).bodyReadings().daysBetween(DAY, DAY));
        assertThat(days).as("a jump is not a wellness day's signal").isEmpty();
    }

    @Test
    void oneAthletesReadingsAreNeverAnothersAndAReadingMovesTheirRevision() {
        Two two = twoAthletes();
        long bobBefore = two.store().read(j -> j.athlete(two.bob()).revision());
        long aliceBefore = two.store().read(j -> j.athlete(two.alice()).revision());
        two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(fullDay(), NOW));

        List<WellnessDay> bobs = two.store().read(j -> j.athlete(two.bob()).bodyReadings().daysBetween(DAY.minusDays(9), DAY));
        assertThat(bobs).isEmpty();
        int bobCount = two.store().read(j -> j.athlete(two.bob()).bodyReadings().count());
        assertThat(bobCount).isZero();
        long bobAfter = two.store().read(j -> j.athlete(two.bob()).revision());
        long aliceAfter = two.store().read(j -> j.athlete(two.alice()).revision());
        assertThat(bobAfter).isEqualTo(bobBefore);
        assertThat(aliceAfter).isGreaterThan(aliceBefore);
    }

    @Test
    void daysOutsideTheAskedRangeAreLeftOut() {
        Two two = twoAthletes();
        for (int i = 0; i < 5; i++) {
            LocalDate date = DAY.minusDays(i);
            two.store().write(j -> j.athlete(two.alice()).bodyReadings().keep(
                    WellnessDay.on(date).withRestingHeartRate(new RestingHeartRate(44), WellnessSource.MANUAL), NOW));
        }
        List<WellnessDay> middle = two.store().read(j -> j.athlete(two.alice()).bodyReadings().daysBetween(DAY.minusDays(3), DAY.minusDays(1)));
        assertThat(middle).extracting(WellnessDay::date).containsExactly(DAY.minusDays(3), DAY.minusDays(2), DAY.minusDays(1));
    }
}
