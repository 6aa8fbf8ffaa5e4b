package org.restwise.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Modality;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;
import org.restwise.core.journal.Provenance.Source;

/**
 * The store hands the derivation only {@link ContextDerivation#asRead} of each earlier check-in, so
 * that a check-in reads six columns of its 180-day window instead of thirty-six. Over generated
 * journals (every field of every earlier check-in random, soreness in episodes, weeks of fatigue,
 * short nights, sessions of every kind), the derivation comes out identical either way; each
 * journal-derived value is counted, so a generator that stops reaching one fails the test too.
 * The seed changes from run to run and is printed; {@code -Drestwise.seed=N} replays a run.
 */
class DerivationReadsLessTest {

    private static final long SEED = Long.getLong("restwise.seed", new SecureRandom().nextLong());
    private static final int JOURNALS = 2_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final ContextDerivation derivation = new ContextDerivation();

    @Test
    void theDerivationIsTheSameFromOnlyWhatItReadsOfEachEarlierCheckIn() {
        System.out.println("Generated journals: seed " + SEED + " (replay with -Drestwise.seed=" + SEED + ")");
        Random random = new Random(SEED);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < JOURNALS; i++) {
            CheckIn given = given(random);
            AthleteProfile profile = random.nextInt(4) == 0 ? usualDoms(random) : AthleteProfile.UNKNOWN;
            List<CheckIn> earlier = earlierCheckIns(random);
            List<LoggedSession> sessions = sessions(random);
            LocalDateTime asOf = TODAY.atTime(6 + random.nextInt(16), random.nextInt(60));

            DerivedCheckIn full = derivation.derive(given, profile, new JournalHistory(earlier, sessions), asOf);
            DerivedCheckIn fromWhatIsRead = derivation.derive(given, profile, new JournalHistory(
                    earlier.stream().map(ContextDerivation::asRead).collect(Collectors.toList()), sessions), asOf);

            assertThat(fromWhatIsRead).as("journal %d of seed %d", i, SEED).isEqualTo(full);
            full.context().forEach((field, source) -> count(reached, field, source));
            full.athlete().forEach((field, source) -> count(reached, field, source));
            full.signals().forEach((field, source) -> count(reached, field, source));
        }
        for (String field : List.of("lastSession", "hoursSinceLastSession", "trainingBlock", "domsDays",
                "recoverySessionsLeftFlatter", "weeksOfPersistentFatigue", "usualDomsDays", "shortSleepNights",
                "irritability")) {
            assertThat(reached.stream().filter(field::equals).count())
                    .as("journals that derived %s (seed %d)", field, SEED)
                    .isGreaterThan(JOURNALS / 50);
        }
    }

    private static void count(List<String> reached, String field, Provenance source) {
        if (source.source() == Source.DERIVED) {
            reached.add(field);
        }
    }

    /** Today's check-in leaves most of the context to the journal. */
    private static CheckIn given(Random r) {
        Context context = new Context(
                rarely(r, () -> pick(r, SessionType.values())),
                rarely(r, () -> r.nextInt(100) / 2.0),
                rarely(r, () -> r.nextInt(100) / 2.0),
                rarely(r, () -> pick(r, TrainingBlock.values())),
                rarely(r, () -> pick(r, TimeOfDay.values())),
                rarely(r, () -> r.nextInt(10)),
                rarely(r, () -> r.nextInt(4)),
                rarely(r, () -> r.nextInt(5)));
        return new CheckIn(TODAY, AthleteProfile.UNKNOWN, context, anySignals(r, r.nextInt(11), r.nextInt(3) == 0));
    }

    /**
     * Up to 200 days back: a density, a tendency to fatigue and soreness episodes of a usual length
     * per journal, every other field at random.
     */
    private static List<CheckIn> earlierCheckIns(Random r) {
        double density = 0.5 + r.nextDouble() / 2;
        double fatigue = r.nextDouble();
        int usualEpisode = 1 + r.nextInt(5);
        List<CheckIn> checkIns = new ArrayList<>();
        int soreFor = 0;
        for (int daysAgo = 200; daysAgo >= 1; daysAgo--) {
            if (soreFor == 0 && r.nextInt(12) == 0) {
                soreFor = Math.max(1, usualEpisode + r.nextInt(3) - 1);
            }
            int soreness = soreFor > 0 ? 4 + r.nextInt(7) : r.nextInt(4);
            soreFor = Math.max(0, soreFor - 1);
            if (r.nextDouble() < density) {
                checkIns.add(new CheckIn(TODAY.minusDays(daysAgo), anyAthlete(r), anyContext(r),
                        anySignals(r, soreness, r.nextDouble() < fatigue)));
            }
        }
        return checkIns;
    }

    private static Signals anySignals(Random r, int soreness, boolean tired) {
        return Signals.builder()
                .soreness(soreness)
                .heavyLegs(r.nextBoolean()).stiffness(r.nextBoolean()).puffyLegs(r.nextBoolean())
                .swelling(r.nextBoolean()).sharpPain(r.nextBoolean()).oneSidedPain(r.nextBoolean())
                .alteredGait(r.nextBoolean()).symptomsWorsening(r.nextBoolean())
                .sleepHours(maybe(r, () -> 4 + r.nextInt(11) / 2.0))
                .shortSleepNights(r.nextInt(4))
                .lowMood(r.nextBoolean()).unusualHunger(r.nextBoolean())
                .easyEffortFeelsExpensive(tired && r.nextBoolean()).lowMotivation(tired && r.nextBoolean())
                .irritability(r.nextInt(3) == 0)
                .ill(r.nextBoolean()).urgeToEarnRecovery(r.nextBoolean())
                .tenMinuteTest(pick(r, TenMinuteTest.values()))
                .build();
    }

    private static Context anyContext(Random r) {
        return new Context(maybe(r, () -> pick(r, SessionType.values())), maybe(r, () -> r.nextInt(100) / 2.0),
                maybe(r, () -> r.nextInt(100) / 2.0), maybe(r, () -> pick(r, TrainingBlock.values())),
                maybe(r, () -> pick(r, TimeOfDay.values())), maybe(r, () -> r.nextInt(10)),
                maybe(r, () -> r.nextInt(4)), maybe(r, () -> r.nextInt(5)));
    }

    private static AthleteProfile anyAthlete(Random r) {
        return new AthleteProfile(maybe(r, () -> 180 + r.nextInt(20)), maybe(r, () -> 40 + r.nextInt(20)),
                maybe(r, () -> 150 + r.nextInt(20)), maybe(r, () -> r.nextInt(8)));
    }

    private static AthleteProfile usualDoms(Random r) {
        return new AthleteProfile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(1 + r.nextInt(5)));
    }

    /** Up to 120 days of sessions: training of every type, and recovery sessions that went either way. */
    private static List<LoggedSession> sessions(Random r) {
        double density = r.nextDouble();
        List<LoggedSession> sessions = new ArrayList<>();
        for (int daysAgo = 120; daysAgo >= 0; daysAgo--) {
            if (r.nextDouble() >= density) {
                continue;
            }
            LocalDate date = TODAY.minusDays(daysAgo);
            Optional<LocalDateTime> start = maybe(r, () -> date.atTime(5 + r.nextInt(16), 0));
            if (r.nextInt(4) == 0) {
                sessions.add(new LoggedSession(date, start, Optional.empty(), 20 + r.nextInt(40),
                        maybe(r, () -> r.nextInt(5)), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(new RecoveryBlock(pick(r, Modality.values()), maybe(r, r::nextBoolean),
                                maybe(r, r::nextBoolean)))));
            } else {
                sessions.add(new LoggedSession(date, start, Optional.of(pick(r, SessionType.values())),
                        20 + r.nextInt(200), maybe(r, () -> r.nextInt(11)), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
            }
        }
        return sessions;
    }

    private static <T> Optional<T> maybe(Random r, Supplier<T> value) {
        return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private static <T> Optional<T> rarely(Random r, Supplier<T> value) {
        return r.nextInt(8) == 0 ? Optional.of(value.get()) : Optional.empty();
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
