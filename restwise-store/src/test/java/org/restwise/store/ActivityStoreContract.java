package org.restwise.store;

import org.restwise.core.activity.ActivityRecord;
import org.restwise.core.activity.StoredActivity;
import org.restwise.core.journal.SessionEntry;
import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ProfilePoint;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.SessionType;
import org.restwise.core.activity.Sport;
import org.restwise.core.advice.Modality;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;

/** Imported activities and the medium-work flag, the same on every database. */
abstract class ActivityStoreContract {

    static final Instant START = Instant.parse("2019-06-15T09:42:23Z");

    abstract String freshUrl();

    static ImportedActivity activity(Instant start, double gap) {
        ActivitySummary summary = new ActivitySummary(Optional.of(start), 4_870, Optional.of(14_150.3), Optional.of(14_090.0),
                Optional.of(5_210.0), Optional.of(4_859.0), Optional.of(346.2), Optional.of(366.0), Optional.of(4_130.0),
                Optional.of(137), Optional.of(167), Optional.of(15_260.0), Optional.of(gap));
        return new ImportedActivity("runs/6782987395.fit", "FIT", Sport.RUNNING, summary,
                new InferredSessionType(SessionType.EASY, "no maximum heart rate in your profile"));
    }

    static LoggedSession easy(LocalDate date) {
        return new LoggedSession(date, Optional.empty(), Optional.of(SessionType.EASY), 81, Optional.empty(),
                Optional.of(14.1), Optional.of(346.0), Optional.of(366.0), Optional.empty());
    }

    @Test
    void anActivityComesBackWithItsSessionAndIsFoundByFingerprintAndStart() {
        JournalStore store = JournalStore.open(freshUrl());
        ImportedActivity activity = activity(START, 318.4);

        long session = store.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, activity);
            return id;
        });

        Optional<StoredActivity> found = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().forSession(session));
        assertThat(found).contains(new StoredActivity(session, activity));
        Optional<Long> byFingerprint = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().sessionWithFingerprint(activity.fingerprint()));
        assertThat(byFingerprint).contains(session);
        List<StoredActivity> later = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().startingBetween(START.plusSeconds(1), START.plusSeconds(60)));
        assertThat(later).isEmpty();
        List<StoredActivity> around = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().startingBetween(START.minusSeconds(60), START.plusSeconds(60)));
        assertThat(around)
                .extracting(StoredActivity::sessionId).containsExactly(session);
    }

    @Test
    void theSameFingerprintTwiceIsRefusedAndNothingOfThatWriteIsStored() {
        JournalStore store = JournalStore.open(freshUrl());
        store.write(j -> {
            j.athlete(AthleteId.OWN_RUNNER).activities().add(j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15))), activity(START, 318.4));
            return null;
        });

        assertThatThrownBy(() -> store.write(j -> {
            j.athlete(AthleteId.OWN_RUNNER).activities().lockForImport();
            j.athlete(AthleteId.OWN_RUNNER).activities().add(j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15))), activity(START, 318.4));
            return null;
        })).isInstanceOf(JournalException.class);

        int sessions = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().count());
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void deletingTheSessionDeletesItsActivity() {
        JournalStore store = JournalStore.open(freshUrl());
        long session = store.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, activity(START, 318.4));
            return id;
        });

        store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().delete(session));

        int activities = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().count());
        assertThat(activities).isZero();
    }

    @Test
    void easyPacesComeFromActivitiesWhoseSessionIsEasyNewestFirst() {
        JournalStore store = JournalStore.open(freshUrl());
        store.write(j -> {
            j.athlete(AthleteId.OWN_RUNNER).activities().add(j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15))), activity(START, 400.0));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 16))), activity(START.plusSeconds(86_400), 410.0));
            long mountain = j.athlete(AthleteId.OWN_RUNNER).sessions().add(JournalStoreContract.mountainRun(LocalDate.of(2019, 6, 17).atTime(7, 0), 120));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(mountain, activity(START.plusSeconds(2 * 86_400), 300.0));
            return null;
        });

        List<Double> paces = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().easyGradeAdjustedPaces(10));
        assertThat(paces).containsExactly(410.0, 400.0);
    }

    @Test
    void whyARecoverySessionTurnedIntoMediumWorkIsStored() {
        JournalStore store = JournalStore.open(freshUrl());
        LoggedSession jog = new LoggedSession(LocalDate.of(2026, 11, 29), Optional.empty(), Optional.empty(), 55,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new RecoveryBlock(Modality.EASY_JOG, Optional.empty(), Optional.of(false),
                        Optional.of("55 minutes is longer than the 40-minute recovery dose"))));

        long id = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().add(jog));

        Optional<SessionEntry> stored = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().find(id));
        assertThat(stored).contains(new SessionEntry(id, jog));
    }

    @Test
    void aProfileComesBackAsStoredToATenthAndMissingValuesStayMissing() {
        JournalStore store = JournalStore.open(freshUrl());
        ActivityProfile profile = new ActivityProfile(List.of(
                new ProfilePoint(0, Optional.of(512.34), Optional.empty(), Optional.empty()),
                new ProfilePoint(28.3, Optional.of(514.0), Optional.of(361.26), Optional.of(298.04), Optional.of(151)),
                new ProfilePoint(56.6, Optional.empty(), Optional.of(355.0), Optional.of(355.0))));

        long session = store.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, activity(START, 318.4));
            j.athlete(AthleteId.OWN_RUNNER).activities().saveProfile(id, profile);
            return id;
        });

        Optional<ActivityProfile> read = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().profile(session));
        assertThat(read).contains(new ActivityProfile(List.of(
                new ProfilePoint(0, Optional.of(512.3), Optional.empty(), Optional.empty()),
                new ProfilePoint(28.3, Optional.of(514.0), Optional.of(361.3), Optional.of(298.0), Optional.of(151)),
                new ProfilePoint(56.6, Optional.empty(), Optional.of(355.0), Optional.of(355.0)))));
    }

    @Test
    void whatTheTypeWasGuessedFromComesBackAsKeptAndAnActivityWithoutItIsAbsent() {
        JournalStore store = JournalStore.open(freshUrl());
        org.restwise.core.activity.InferenceBasis basis = new org.restwise.core.activity.InferenceBasis(List.of(
                new org.restwise.core.activity.ActivityLeg(org.restwise.core.activity.Sport.CYCLING, false, Optional.of(40_000.0),
                        Optional.of(java.time.Duration.ofSeconds(5400)), Optional.of(300.0), Optional.empty(), Optional.of(141)),
                new org.restwise.core.activity.ActivityLeg(org.restwise.core.activity.Sport.UNKNOWN, true, Optional.empty(),
                        Optional.of(java.time.Duration.ofMillis(95_500)), Optional.empty(), Optional.empty(), Optional.empty())),
                new org.restwise.core.activity.SustainedSpeeds(Optional.of(9.125), Optional.empty()));

        long kept = store.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, activity(START, 318.4));
            j.athlete(AthleteId.OWN_RUNNER).activities().saveInferenceBasis(id, basis);
            long older = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 16)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(older, activity(START.plusSeconds(86_400), 500));
            return id;
        });

        java.util.Map<Long, org.restwise.core.activity.InferenceBasis> read =
                store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().inferenceBasisBySession());
        assertThat(read).containsOnlyKeys(kept).containsEntry(kept, basis);
    }

    @Test
    void aProfileKeptBeforeHeartRateWasReadsAsHavingNone() {
        assertThat(ProfileText.point("28.3 514.0 361.3 298.0"))
                .isEqualTo(new ProfilePoint(28.3, Optional.of(514.0), Optional.of(361.3), Optional.of(298.0)));
        assertThat(ProfileText.point("28.3 514.0 361.3 298.0 -").heartRateBpm()).isEmpty();
    }

    @Test
    void activitiesAreListedNewestFirstAndOneWithoutAProfileHasNone() {
        JournalStore store = JournalStore.open(freshUrl());
        long older = store.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, activity(START, 318.4));
            return id;
        });
        long newer = store.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 16)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, activity(START.plusSeconds(86_400), 320.0));
            return id;
        });

        List<StoredActivity> all = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().newestFirst(10));
        List<StoredActivity> latest = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().newestFirst(1));
        Optional<ActivityProfile> none = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().profile(older));
        assertThat(all).extracting(StoredActivity::sessionId).containsExactly(newer, older);
        assertThat(latest).extracting(StoredActivity::sessionId).containsExactly(newer);
        assertThat(none).isEmpty();
    }

    @Test
    void aBackedUpActivityKeepsItsOwnFingerprintAndProfileAndComesBackWhole() {
        JournalStore store = JournalStore.open(freshUrl());
        ActivityProfile profile = new ActivityProfile(List.of(
                new ProfilePoint(0, Optional.of(512.3), Optional.empty(), Optional.empty()),
                new ProfilePoint(28.3, Optional.empty(), Optional.of(361.3), Optional.of(298.0))));
        // A fingerprint from an older build differs from today's: restoring must not recompute it.
        ActivityRecord withProfile = new ActivityRecord("ab".repeat(32), activity(START, 318.4), Optional.of(profile));
        ActivityRecord without = new ActivityRecord(activity(START.plusSeconds(86_400), 320.0).fingerprint(),
                activity(START.plusSeconds(86_400), 320.0), Optional.empty());

        long[] ids = store.write(j -> {
            long first = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 15)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(first, withProfile);
            long second = j.athlete(AthleteId.OWN_RUNNER).sessions().add(easy(LocalDate.of(2019, 6, 16)));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(second, without);
            return new long[] {first, second};
        });

        java.util.Map<Long, ActivityRecord> records = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().recordsBySession());
        assertThat(records).containsOnly(java.util.Map.entry(ids[0], withProfile), java.util.Map.entry(ids[1], without));
        Optional<Long> byOldFingerprint = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().sessionWithFingerprint("ab".repeat(32)));
        assertThat(byOldFingerprint).contains(ids[0]);
    }
}
