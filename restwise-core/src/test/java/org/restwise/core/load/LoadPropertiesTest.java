package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants over thousands of generated series; every failure message carries the seed and case. */
class LoadPropertiesTest {

    private static final int CASES = 3_000;
    private final long seed = LoadSeriesGenerator.seed();

    @Test
    void ratiosAreNeverNegativeNanOrInfinite() {
        LoadSeriesGenerator generator = new LoadSeriesGenerator(seed);
        for (int i = 0; i < CASES; i++) {
            DailyLoad load = generator.next();
            LocalDate today = generator.nextToday();
            for (AcwrMethod method : AcwrMethod.values()) {
                Acwr acwr = method.at(load, today);
                String where = "seed " + seed + " case " + i + " " + method + " on " + today;
                assertThat(acwr.acute()).as(where).isFinite().isGreaterThanOrEqualTo(0);
                assertThat(acwr.chronic()).as(where).isFinite().isGreaterThanOrEqualTo(0);
                if (acwr.ratio().isPresent()) {
                    assertThat(acwr.ratio().getAsDouble()).as(where).isFinite().isGreaterThanOrEqualTo(0);
                }
            }
            Monotony monotony = Monotony.weekEnding(load, today);
            if (monotony.monotony().isPresent()) {
                assertThat(monotony.monotony().getAsDouble()).as("seed %d case %d", seed, i).isFinite().isNotNegative();
            }
        }
    }

    @Test
    void coupledIsFourUOverUPlusThree() {
        LoadSeriesGenerator generator = new LoadSeriesGenerator(seed);
        int checked = 0;
        for (int i = 0; i < CASES; i++) {
            DailyLoad load = generator.next();
            LocalDate today = generator.nextToday();
            OptionalDouble uncoupled = AcwrRolling.uncoupled(load, today).ratio();
            OptionalDouble coupled = AcwrRolling.coupled(load, today).ratio();
            if (uncoupled.isPresent()) {
                double u = uncoupled.getAsDouble();
                assertThat(coupled).as("seed %d case %d on %s", seed, i, today)
                        .hasValueCloseTo(4 * u / (u + 3), within(1e-9 * Math.max(1, u)));
                checked++;
            }
        }
        assertThat(checked).as("cases with a ratio, seed %d", seed).isGreaterThan(CASES / 10);
    }

    @Test
    void aConstantLoadGivesARatioOfOneByEveryMethod() {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            double constant = 1 + random.nextDouble() * 999;
            int days = 28 + random.nextInt(100);
            DailyLoad load = constantSeries(constant, days);
            LocalDate today = LoadSeriesGenerator.EPOCH.plusDays(days - 1L);
            for (AcwrMethod method : AcwrMethod.values()) {
                assertThat(method.at(load, today).ratio())
                        .as("seed %d case %d %s load %s for %d days", seed, i, method, constant, days)
                        .hasValueCloseTo(1.0, within(1e-9));
            }
        }
    }

    @Test
    void theEwmaOfAConstantLoadIsThatConstant() {
        Random random = new Random(seed);
        for (int i = 0; i < CASES / 10; i++) {
            double constant = random.nextDouble() * 1000;
            int days = 1 + random.nextInt(200);
            DailyLoad load = constantSeries(constant, days);
            List<Acwr> series = AcwrEwma.series(load, LoadSeriesGenerator.EPOCH,
                    LoadSeriesGenerator.EPOCH.plusDays(days - 1L));
            for (Acwr day : series) {
                assertThat(day.acute()).as("seed %d case %d %s", seed, i, day.date()).isCloseTo(constant, within(1e-9));
                assertThat(day.chronic()).as("seed %d case %d %s", seed, i, day.date()).isCloseTo(constant, within(1e-9));
            }
        }
    }

    @Test
    void fitnessAndFatigueOfAConstantLoadConvergeToItAndFormToZero() {
        DailyLoad load = constantSeries(80, 1_000);

        FitnessFatigue last = FitnessFatigue.on(load, LoadSeriesGenerator.EPOCH.plusDays(999));

        assertThat(last.fitness()).isCloseTo(80, within(1e-6));
        assertThat(last.fatigue()).isCloseTo(80, within(1e-9));
        assertThat(last.form()).isCloseTo(0, within(1e-6));
    }

    @Test
    void strainIsWeeklyLoadTimesMonotony() {
        LoadSeriesGenerator generator = new LoadSeriesGenerator(seed);
        for (int i = 0; i < CASES; i++) {
            DailyLoad load = generator.next();
            Monotony week = Monotony.weekEnding(load, generator.nextToday());
            if (week.monotony().isPresent()) {
                assertThat(week.strain()).as("seed %d case %d", seed, i)
                        .hasValueCloseTo(week.weeklyLoad() * week.monotony().getAsDouble(), within(1e-6 * week.weeklyLoad()));
            }
        }
    }

    private static DailyLoad constantSeries(double load, int days) {
        DailyLoad.Builder builder = DailyLoad.builder();
        for (int day = 0; day < days; day++) {
            builder.add(LoadSeriesGenerator.EPOCH.plusDays(day), load);
        }
        return builder.build();
    }
}
