package org.restwise.core.advice;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;

/**
 * Seeded random check-ins for the property tests. The seed changes from run to run (CI explores new
 * cases every time) and is printed; {@code -Drestwise.seed=N} replays a run. Each damage sign is
 * rare, so that most generated days reach the prescription properties, and the hours since the
 * last session cluster on the edges of every window (47–49, 71–73, 167–169 h).
 */
final class GeneratedCheckIns {

    static final long SEED = Long.getLong("restwise.seed", new SecureRandom().nextLong());

    static {
        System.out.println("Generated check-ins: seed " + SEED + " (replay with -Drestwise.seed=" + SEED + ")");
    }

    /** Hours since the last session: the edges of the 1 h, 48–72 h and 7-day windows, and between. */
    static final List<Double> HOURS_SINCE = List.of(0.2, 0.5, 1.0, 1.5, 2.0, 12.0, 24.0, 36.0, 47.0, 48.0, 49.0,
            60.0, 71.0, 71.9, 72.0, 73.0, 100.0, 120.0, 167.0, 167.9, 168.0, 169.0, 200.0, 500.0);

    private GeneratedCheckIns() {
    }

    /** Turns a generated check-in into one that meets a property's premise, drawing from the same seed. */
    @FunctionalInterface
    interface Premise {
        CheckIn force(Random random, CheckIn generated);
    }

    /** Runs {@code property} over {@code cases} check-ins, naming the seed and the case on failure. */
    static void forEach(int cases, Consumer<CheckIn> property) {
        forEach(cases, (r, c) -> c, property);
    }

    /** Runs {@code property} over {@code cases} check-ins forced to meet {@code premise}. */
    static void forEach(int cases, Premise premise, Consumer<CheckIn> property) {
        Random random = new Random(SEED);
        for (int i = 0; i < cases; i++) {
            CheckIn checkIn = premise.force(random, random(random));
            try {
                property.accept(checkIn);
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + " of seed " + SEED + " (replay with -Drestwise.seed=" + SEED
                        + ") failed for " + checkIn + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Half the days are quiet (no reason to rest beyond what the legs say, damage signs very rare),
     * so the prescription properties see thousands of doses; the other half throw every signal in.
     */
    static CheckIn random(Random r) {
        return r.nextBoolean() ? quietDay(r) : anyDay(r);
    }

    private static CheckIn anyDay(Random r) {
        Context context = new Context(
                maybe(r, () -> pick(r, SessionType.values())),
                maybe(r, () -> pick(r, HOURS_SINCE)),
                rarely(r, () -> pick(r, List.of(0.05, 0.2, 0.25, 2.0, 6.0, 11.9, 12.0, 24.0, 48.0))),
                maybe(r, () -> pick(r, TrainingBlock.values())),
                maybe(r, () -> pick(r, TimeOfDay.values())),
                maybe(r, () -> r.nextInt(10)),
                maybe(r, () -> r.nextInt(4)),
                maybe(r, () -> r.nextInt(5)));
        Signals signals = Signals.builder()
                .soreness(r.nextInt(11))
                .heavyLegs(r.nextBoolean()).stiffness(r.nextBoolean()).puffyLegs(r.nextBoolean())
                .swelling(oneIn(r, 15)).sharpPain(oneIn(r, 15)).oneSidedPain(oneIn(r, 15)).alteredGait(oneIn(r, 15))
                .symptomsWorsening(oneIn(r, 15))
                .sleepHours(maybe(r, () -> Math.round(r.nextDouble() * 20) / 2.0))
                .shortSleepNights(r.nextInt(10) < 7 ? r.nextInt(2) : 2 + r.nextInt(2))
                .lowMood(oneIn(r, 5)).unusualHunger(oneIn(r, 5)).easyEffortFeelsExpensive(oneIn(r, 5))
                .irritability(oneIn(r, 5)).lowMotivation(oneIn(r, 5)).ill(oneIn(r, 12))
                .urgeToEarnRecovery(oneIn(r, 5))
                .tenMinuteTest(pick(r, TenMinuteTest.values()))
                .build();
        return new CheckIn(day(r), athlete(r), context, signals);
    }

    private static CheckIn quietDay(Random r) {
        Context context = new Context(
                maybe(r, () -> pick(r, SessionType.values())),
                maybe(r, () -> pick(r, HOURS_SINCE)),
                rarely(r, () -> pick(r, List.of(0.25, 2.0, 6.0, 11.9, 12.0, 24.0, 48.0))),
                maybe(r, () -> pick(r, List.of(TrainingBlock.NORMAL, TrainingBlock.RECOVERY_WEEK))),
                maybe(r, () -> pick(r, List.of(TimeOfDay.MORNING, TimeOfDay.MIDDAY, TimeOfDay.EVENING))),
                maybe(r, () -> r.nextInt(2)),
                maybe(r, () -> r.nextInt(2)),
                maybe(r, () -> r.nextInt(2)));
        // A quarter of quiet days have fresh legs too, so that TRAIN days are common enough to test.
        boolean freshLegs = oneIn(r, 4);
        Signals signals = Signals.builder()
                .soreness(freshLegs ? r.nextInt(3) : r.nextInt(11))
                .heavyLegs(!freshLegs && r.nextBoolean()).stiffness(!freshLegs && r.nextBoolean())
                .puffyLegs(!freshLegs && r.nextBoolean())
                .swelling(oneIn(r, 40)).sharpPain(oneIn(r, 40)).oneSidedPain(oneIn(r, 40)).alteredGait(oneIn(r, 40))
                .symptomsWorsening(oneIn(r, 40))
                .sleepHours(maybe(r, () -> 6 + r.nextInt(7) / 2.0))
                .shortSleepNights(r.nextInt(2))
                .lowMood(oneIn(r, 15)).unusualHunger(oneIn(r, 15)).easyEffortFeelsExpensive(oneIn(r, 15))
                .irritability(oneIn(r, 15)).lowMotivation(oneIn(r, 15))
                .urgeToEarnRecovery(oneIn(r, 8))
                .tenMinuteTest(pick(r, List.of(TenMinuteTest.NOT_DONE, TenMinuteTest.NOT_DONE, TenMinuteTest.LOOSENED,
                        TenMinuteTest.NO_CHANGE)))
                .build();
        return new CheckIn(day(r), athlete(r), context, signals);
    }

    private static LocalDate day(Random r) {
        return LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
    }

    /** Heart rates that can all be true at once (the edges refuse the others), each sometimes unknown. */
    private static AthleteProfile athlete(Random r) {
        int max = 150 + r.nextInt(60);
        int threshold = max - 5 - r.nextInt(40);
        int resting = 35 + r.nextInt(35);
        return new AthleteProfile(maybe(r, () -> max), maybe(r, () -> resting), maybe(r, () -> threshold),
                maybe(r, () -> 1 + r.nextInt(5)));
    }

    private static boolean oneIn(Random r, int n) {
        return r.nextInt(n) == 0;
    }

    private static <T> Optional<T> maybe(Random r, Supplier<T> value) {
        return r.nextInt(4) == 0 ? Optional.empty() : Optional.of(value.get());
    }

    private static <T> Optional<T> rarely(Random r, Supplier<T> value) {
        return r.nextInt(3) == 0 ? Optional.of(value.get()) : Optional.empty();
    }

    static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
