package org.restwise.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Acute:chronic workload ratio from exponentially weighted moving averages, Williams S, West S,
 * Cross MJ, Stokes KA (2017), "Better way to determine the acute:chronic workload ratio?",
 * Br J Sports Med 51:209–210, doi:10.1136/bjsports-2016-096589.
 *
 * <p>{@code EWMA_today = load_today × λ + (1 − λ) × EWMA_yesterday}, with {@code λ = 2 / (N + 1)},
 * N = 7 days (acute) and 28 days (chronic). Both averages start at the load of the series' first
 * recorded day — the paper leaves the seed open, and this choice keeps a constant load at exactly
 * that constant; days before the first record are zero. Days with nothing logged count as zero load.
 */
public final class AcwrEwma {

    /** Williams et al. 2017: acute time constant, days. */
    public static final int ACUTE_DAYS = 7;

    /** Williams et al. 2017: chronic time constant, days. */
    public static final int CHRONIC_DAYS = 28;

    private AcwrEwma() {
    }

    /** Williams et al. 2017: the decay for an N-day average, 2 / (N + 1). */
    public static double lambda(int days) {
        return 2.0 / (days + 1);
    }

    public static Acwr at(DailyLoad load, LocalDate today) {
        return series(load, today, today).get(0);
    }

    /** The ratio for each day from {@code from} to {@code to}, both inclusive, in one pass. */
    public static List<Acwr> series(DailyLoad load, LocalDate from, LocalDate to) {
        List<Acwr> out = new ArrayList<>();
        double acuteLambda = lambda(ACUTE_DAYS);
        double chronicLambda = lambda(CHRONIC_DAYS);
        LocalDate first = load.firstDate().orElse(from);
        double seed = load.loadOn(first);
        double acute = seed;
        double chronic = seed;
        LocalDate day = first.isBefore(from) ? first : from;
        for (; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.isBefore(first)) {
                acute = 0;
                chronic = 0;
            } else if (day.isAfter(first)) {
                double today = load.loadOn(day);
                acute = today * acuteLambda + (1 - acuteLambda) * acute;
                chronic = today * chronicLambda + (1 - chronicLambda) * chronic;
            } else {
                acute = seed;
                chronic = seed;
            }
            if (!day.isBefore(from)) {
                out.add(Acwr.of(load, day, AcwrMethod.EWMA, acute, chronic));
            }
        }
        return List.copyOf(out);
    }
}
