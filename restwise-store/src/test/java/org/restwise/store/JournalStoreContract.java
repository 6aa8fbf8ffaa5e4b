package org.restwise.store;

import org.restwise.core.journal.SessionEntry;
import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.Modality;
import org.restwise.core.advice.RedFlag;
import org.restwise.core.advice.Scenario;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;
import org.restwise.core.journal.ContextDerivation;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RecoveryBlock;
import org.restwise.core.journal.RunnerProfile;

/** What every supported database must do the same way; one subclass per database. */
abstract class JournalStoreContract {

    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    /** A fresh, empty journal URL for each call. */
    abstract String freshUrl();

    static CheckIn fullCheckIn(LocalDate date) {
        return new CheckIn(date,
                new AthleteProfile(Optional.of(185), Optional.of(48), Optional.empty(), Optional.of(2)),
                new Context(Optional.of(SessionType.MOUNTAIN_RUN), Optional.of(20.5), Optional.empty(),
                        Optional.of(TrainingBlock.NORMAL), Optional.of(TimeOfDay.MORNING), Optional.of(1),
                        Optional.empty(), Optional.of(0)),
                Signals.builder().soreness(5).heavyLegs(true).stiffness(true).sleepHours(7.25).shortSleepNights(1)
                        .irritability(true).tenMinuteTest(TenMinuteTest.LOOSENED).build());
    }

    static LoggedSession recoveryWalk(LocalDate date) {
        return new LoggedSession(date, Optional.empty(), Optional.empty(), 30, Optional.of(3), Optional.of(2.5),
                Optional.empty(), Optional.empty(),
                Optional.of(new RecoveryBlock(Modality.WALK, Optional.of(true), Optional.empty())));
    }

    static LoggedSession mountainRun(LocalDateTime start, int minutes) {
        return new LoggedSession(start.toLocalDate(), Optional.of(start), Optional.of(SessionType.MOUNTAIN_RUN), minutes,
                Optional.of(7), Optional.of(21.1), Optional.of(1450.0), Optional.of(1432.5), Optional.empty());
    }

    @Test
    void aCheckInComesBackAsItWasStoredWithItsDecision() {
        JournalStore store = JournalStore.open(freshUrl());
        long id = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY), Decision.MOVE, LimiterState.STALE_LEGS,
                List.of(), List.of(RedFlag.URGE_TO_EARN_RECOVERY, RedFlag.DOMS_BEYOND_NORMAL), "{\"decision\":\"MOVE\"}"));

        SavedCheckIn saved = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().onDate(DAY)).orElseThrow();

        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.entry().checkIn()).isEqualTo(fullCheckIn(DAY));
        assertThat(saved.entry().decision()).isEqualTo(Decision.MOVE);
        assertThat(saved.entry().redFlags()).containsExactly(RedFlag.URGE_TO_EARN_RECOVERY, RedFlag.DOMS_BEYOND_NORMAL);
        assertThat(saved.adviceJson()).isEqualTo("{\"decision\":\"MOVE\"}");
    }

    @Test
    void aSecondCheckInForTheSameDateReplacesTheFirstAndKeepsItsId() {
        JournalStore store = JournalStore.open(freshUrl());
        long first = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY), Decision.MOVE, LimiterState.STALE_LEGS,
                List.of(), List.of(), "{}"));
        CheckIn after = fullCheckIn(DAY).withSignals(Signals.builder().soreness(2).build());

        long second = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(after, Decision.REST, LimiterState.SYSTEMIC_FATIGUE,
                List.of(Scenario.SLEEP_DEBT), List.of(), "{\"decision\":\"REST\"}"));

        assertThat(second).isEqualTo(first);
        List<SavedCheckIn> all = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().all());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).entry().checkIn().signals().soreness()).isEqualTo(2);
        assertThat(all.get(0).entry().scenarios()).containsExactly(Scenario.SLEEP_DEBT);
    }

    @Test
    void everyFieldOfGeneratedCheckInsComesBackAsSavedByEitherSave() {
        long seed = new java.security.SecureRandom().nextLong();
        Random r = new Random(seed);
        JournalStore store = JournalStore.open(freshUrl());
        List<CheckIn> saved = new ArrayList<>();
        store.write(j -> {
            for (int d = 0; d < 120; d++) {
                CheckIn c = new CheckIn(DAY.minusDays(d),
                        new AthleteProfile(maybe(r, 150 + r.nextInt(50)), maybe(r, 35 + r.nextInt(30)),
                                maybe(r, 140 + r.nextInt(30)), maybe(r, r.nextInt(8))),
                        new Context(maybe(r, SessionType.values()[r.nextInt(SessionType.values().length)]),
                                maybe(r, r.nextInt(400) / 4.0), maybe(r, r.nextInt(400) / 4.0),
                                maybe(r, TrainingBlock.values()[r.nextInt(TrainingBlock.values().length)]),
                                maybe(r, TimeOfDay.values()[r.nextInt(TimeOfDay.values().length)]),
                                maybe(r, r.nextInt(10)), maybe(r, r.nextInt(4)), maybe(r, r.nextInt(9))),
                        Signals.builder().soreness(r.nextInt(11)).heavyLegs(r.nextBoolean()).stiffness(r.nextBoolean())
                                .puffyLegs(r.nextBoolean()).swelling(r.nextBoolean()).sharpPain(r.nextBoolean())
                                .oneSidedPain(r.nextBoolean()).alteredGait(r.nextBoolean())
                                .symptomsWorsening(r.nextBoolean()).sleepHours(maybe(r, r.nextInt(28) / 2.0))
                                .shortSleepNights(r.nextInt(7)).lowMood(r.nextBoolean()).unusualHunger(r.nextBoolean())
                                .easyEffortFeelsExpensive(r.nextBoolean()).irritability(r.nextBoolean())
                                .lowMotivation(r.nextBoolean()).ill(r.nextBoolean()).urgeToEarnRecovery(r.nextBoolean())
                                .tenMinuteTest(TenMinuteTest.values()[r.nextInt(TenMinuteTest.values().length)])
                                .build());
                saved.add(c);
                if (d % 2 == 0) {
                    j.athlete(AthleteId.OWN_RUNNER).checkIns().save(c, Decision.MOVE, LimiterState.STALE_LEGS, List.of(Scenario.SLEEP_DEBT),
                            List.of(RedFlag.DOMS_BEYOND_NORMAL), "{\"day\":" + d + "}");
                } else {
                    int day = d;
                    j.athlete(AthleteId.OWN_RUNNER).checkIns().save(c, Decision.REST, LimiterState.SYSTEMIC_FATIGUE, List.of(), List.of(),
                            id -> "{\"day\":" + day + "}");
                }
            }
            return null;
        });

        List<SavedCheckIn> all = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().all());

        assertThat(all).extracting(s -> s.entry().checkIn()).as("seed %d", seed)
                .containsExactlyElementsOf(saved.stream().sorted(java.util.Comparator.comparing(CheckIn::date))
                        .collect(Collectors.toList()));
        assertThat(all).allSatisfy(s -> assertThat(s.adviceJson()).isEqualTo(
                "{\"day\":" + java.time.temporal.ChronoUnit.DAYS.between(s.entry().checkIn().date(), DAY) + "}"));
    }

    private static <T> Optional<T> maybe(Random r, T value) {
        return r.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    @Test
    void aDerivationReadsOfEachCheckInInTheWindowWhatItWouldTakeFromTheWholeCheckIn() {
        JournalStore store = JournalStore.open(freshUrl());
        store.write(j -> {
            for (int d = 0; d < 12; d++) {
                Signals varied = Signals.builder().soreness(d % 11).heavyLegs(d % 2 == 0).sleepHours(
                                d % 3 == 0 ? Optional.empty() : Optional.of(4.5 + d / 2.0))
                        .easyEffortFeelsExpensive(d % 2 == 1).irritability(d % 3 == 1).lowMotivation(d % 4 == 2)
                        .shortSleepNights(d % 3).ill(d % 5 == 0).build();
                j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY.minusDays(d)).withSignals(varied), Decision.MOVE,
                        LimiterState.STALE_LEGS, List.of(), List.of(), "{}");
            }
            return null;
        });

        List<CheckIn> asRead = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().asReadBetween(DAY.minusDays(9), DAY.minusDays(1)));

        assertThat(asRead).hasSize(9).isEqualTo(store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().between(DAY.minusDays(9), DAY.minusDays(1)))
                .stream().map(saved -> ContextDerivation.asRead(saved.entry().checkIn())).collect(Collectors.toList()));
    }

    @Test
    void aCheckInSavedWithAnOutputForItsIdStoresTheOutputForTheIdItGets() {
        JournalStore store = JournalStore.open(freshUrl());
        long plain = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY.minusDays(2)), Decision.MOVE,
                LimiterState.STALE_LEGS, List.of(), List.of(), "{}"));
        List<Long> asked = new ArrayList<>();

        long fresh = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY), Decision.MOVE, LimiterState.STALE_LEGS,
                List.of(), List.of(), id -> {
                    asked.add(id);
                    return "{\"checkInId\":" + id + "}";
                }));
        long replaced = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY.minusDays(2)), Decision.REST,
                LimiterState.SYSTEMIC_FATIGUE, List.of(), List.of(), id -> "{\"checkInId\":" + id + "}"));
        long next = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY.minusDays(1)), Decision.MOVE,
                LimiterState.STALE_LEGS, List.of(), List.of(), "{}"));

        assertThat(asked).containsExactly(fresh);
        assertThat(fresh).isEqualTo(plain + 1);
        assertThat(replaced).isEqualTo(plain);
        assertThat(next).isGreaterThan(fresh);
        assertThat(store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().onDate(DAY)).orElseThrow().adviceJson())
                .isEqualTo("{\"checkInId\":" + fresh + "}");
        assertThat(store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().onDate(DAY.minusDays(2))).orElseThrow())
                .satisfies(saved -> assertThat(saved.adviceJson()).isEqualTo("{\"checkInId\":" + plain + "}"))
                .satisfies(saved -> assertThat(saved.entry().decision()).isEqualTo(Decision.REST));
    }

    @Test
    void sessionsAreListedInTheOrderTheyHappenedAndCanBeCorrectedAndDeleted() {
        JournalStore store = JournalStore.open(freshUrl());
        long evening = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().add(mountainRun(DAY.atTime(18, 0), 90)));
        long walk = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().add(recoveryWalk(DAY)));
        long morning = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().add(mountainRun(DAY.atTime(6, 30), 150)));

        List<SessionEntry> inOrder = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().all());
        assertThat(inOrder).extracting(SessionEntry::id).containsExactly(walk, morning, evening);
        Optional<SessionEntry> found = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().find(walk));
        assertThat(found).contains(new SessionEntry(walk, recoveryWalk(DAY)));

        boolean replaced = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().replace(evening, mountainRun(DAY.atTime(19, 0), 60)));
        boolean deleted = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().delete(morning));
        boolean deletedAgain = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().delete(morning));
        assertThat(List.of(replaced, deleted, deletedAgain)).containsExactly(true, true, false);

        List<SessionEntry> left = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().between(DAY, DAY));
        assertThat(left).extracting(e -> e.session().minutes()).containsExactly(30, 60);
    }

    @Test
    void theProfileIsOnePerJournalAndReplacedWhole() {
        JournalStore store = JournalStore.open(freshUrl());
        RunnerProfile profile = new RunnerProfile(Optional.of("Kilian"), Optional.of(RunnerProfile.Sex.MALE),
                RunnerProfile.Units.IMPERIAL, new AthleteProfile(Optional.of(190), Optional.empty(), Optional.of(170),
                        Optional.of(3)));

        store.write(j -> {
            j.athlete(AthleteId.OWN_RUNNER).profile().save(RunnerProfile.EMPTY);
            j.athlete(AthleteId.OWN_RUNNER).profile().save(profile);
            return null;
        });

        Optional<RunnerProfile> found = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).profile().find());
        assertThat(found).contains(profile);
    }

    @Test
    void aWriteThatFailsHalfwayStoresNothing() {
        JournalStore store = JournalStore.open(freshUrl());

        assertThatThrownBy(() -> store.write(j -> {
            j.athlete(AthleteId.OWN_RUNNER).sessions().add(recoveryWalk(DAY));
            j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY), Decision.MOVE, LimiterState.STALE_LEGS, List.of(), List.of(), "{}");
            throw new IllegalArgumentException("minutes must be between 1 and 10080, got 0");
        })).isInstanceOf(IllegalArgumentException.class);

        boolean empty = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).isEmpty());
        assertThat(empty).isTrue();
    }

    @Test
    void reopeningAMigratedJournalKeepsItsData() {
        String url = freshUrl();
        JournalStore.open(url).write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().add(recoveryWalk(DAY)));

        int count = JournalStore.open(url).read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().count());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void aJournalFromANewerRestwiseIsRefusedWithOneClearLine() {
        String url = freshUrl();
        JournalStore.open(url);
        String vendor = url.startsWith("jdbc:sqlite:") ? "sqlite" : "postgresql";
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/" + vendor, "classpath:db/future")
                .load().migrate();

        assertThatThrownBy(() -> JournalStore.open(url))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("was written by a newer Restwise (schema version 999; this build knows up to 10)")
                .hasMessageNotContaining("?")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
