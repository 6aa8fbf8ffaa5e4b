package org.restwise.core.load;

import java.time.LocalDate;
import java.util.Random;

/**
 * Random daily-load series for the property tests: gaps, logged zeros, ordinary days and rare huge
 * spikes, over a random span. Seeded, so a failing case is reproduced from the printed seed.
 */
final class LoadSeriesGenerator {

    static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);

    /** The seed for this run: {@code -Drestwise.seed=N} to replay one, else fixed. */
    static long seed() {
        return Long.getLong("restwise.seed", 20261129L);
    }

    private final Random random;

    LoadSeriesGenerator(long seed) {
        this.random = new Random(seed);
    }

    DailyLoad next() {
        DailyLoad.Builder builder = DailyLoad.builder();
        int days = 1 + random.nextInt(120);
        double logProbability = random.nextDouble();
        for (int day = 0; day < days; day++) {
            if (random.nextDouble() < logProbability) {
                builder.add(EPOCH.plusDays(day), nextLoad());
            }
        }
        return builder.build();
    }

    /** A day to assess: anywhere from before the series to well after it. */
    LocalDate nextToday() {
        return EPOCH.plusDays(random.nextInt(160) - 10);
    }

    private double nextLoad() {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return 0;
        }
        if (kind == 1) {
            return random.nextDouble() * 10_000;
        }
        return random.nextDouble() * 900;
    }
}
