package org.restwise.core.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.restwise.core.body.normal.BodyHistory;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.body.normal.DailySeries;

/**
 * Seeded random body readouts for the property tests, drawn from the same seed as
 * {@link GeneratedCheckIns}. Each is worked out by the real baselines from a generated history: a
 * runner with their own normal and day-to-day noise, who records on some days and not others, whose
 * last days may have shifted (HRV down or up, resting pulse up, a short night, a lower jump). A
 * quarter of histories are too short for a normal, and each signal is sometimes not recorded at all.
 */
final class GeneratedBodies {

    /** Shifts of ln rMSSD over the last days: many inside the band, many well outside it either way. */
    private static final List<Double> HRV_SHIFTS = List.of(-0.8, -0.5, -0.3, -0.15, 0.0, 0.0, 0.15, 0.3, 0.5, 0.8);
    private static final List<Double> RESTING_RISES_BPM = List.of(-3.0, 0.0, 0.0, 2.0, 4.0, 5.0, 6.0, 10.0);
    private static final List<Double> SLEEP_SHIFTS_HOURS = List.of(1.0, 0.0, 0.0, -0.5, -1.0, -1.5, -2.0, -3.5);
    private static final List<Double> JUMP_DROPS = List.of(-0.05, 0.0, 0.0, 0.03, 0.06, 0.07, 0.1, 0.2);

    private GeneratedBodies() {
    }

    static BodyReadout random(Random r, LocalDate day) {
        BodyHistory history = new BodyHistory(
                r.nextInt(4) == 0 ? DailySeries.empty() : hrv(r, day),
                r.nextInt(4) == 0 ? DailySeries.empty() : restingHeartRate(r, day),
                r.nextInt(4) == 0 ? DailySeries.empty() : sleep(r, day),
                r.nextInt(3) == 0 ? DailySeries.empty() : jumps(r, day));
        return BodyReadout.of(history, day);
    }

    /** A readout whose HRV is well above the runner's normal over the last days. */
    static BodyReadout withHighHrv(Random r, LocalDate day) {
        BodyHistory history = BodyHistory.NOTHING_RECORDED.withRmssdMs(lnToMs(series(r, day, 90, 0.9, 3.3 + r.nextDouble(), 0.1, 5, 0.9)));
        return BodyReadout.of(history, day);
    }

    private static DailySeries hrv(Random r, LocalDate day) {
        int days = r.nextInt(4) == 0 ? r.nextInt(26) : 61 + r.nextInt(30);
        double normal = 3.3 + 1.3 * r.nextDouble();
        double noise = 0.05 + 0.25 * r.nextDouble();
        int shiftedDays = r.nextInt(11);
        double shift = GeneratedCheckIns.pick(r, HRV_SHIFTS);
        return lnToMs(series(r, day, days, 0.3 + 0.7 * r.nextDouble(), normal, noise, shiftedDays, shift));
    }

    private static DailySeries lnToMs(DailySeries ln) {
        TreeMap<LocalDate, Double> ms = new TreeMap<>();
        ln.values().forEach((d, x) -> ms.put(d, Math.exp(x)));
        return new DailySeries(ms);
    }

    private static DailySeries restingHeartRate(Random r, LocalDate day) {
        int days = r.nextInt(4) == 0 ? r.nextInt(26) : 61 + r.nextInt(30);
        double normal = 38 + r.nextInt(28);
        DailySeries bpm = series(r, day, days, 0.4 + 0.6 * r.nextDouble(), normal, 0.5 + 2.5 * r.nextDouble(), 0, 0);
        double rise = GeneratedCheckIns.pick(r, RESTING_RISES_BPM);
        return r.nextInt(5) == 0 ? bpm : bpm.with(day, Math.max(25, Math.round(normal + rise + r.nextGaussian() * 0.5)));
    }

    private static DailySeries sleep(Random r, LocalDate day) {
        int days = r.nextInt(4) == 0 ? r.nextInt(20) : 29 + r.nextInt(30);
        double normal = 6.5 + 2.5 * r.nextDouble();
        DailySeries hours = series(r, day, days, 0.5 + 0.5 * r.nextDouble(), normal, 0.2 + 0.8 * r.nextDouble(), 0, 0);
        double shift = GeneratedCheckIns.pick(r, SLEEP_SHIFTS_HOURS);
        return r.nextInt(6) == 0 ? hours : hours.with(day, Math.max(0, Math.round((normal + shift) * 10) / 10.0));
    }

    private static DailySeries jumps(Random r, LocalDate day) {
        double baseline = 18 + 27 * r.nextDouble();
        TreeMap<LocalDate, Double> results = new TreeMap<>();
        for (int ago = 1 + r.nextInt(4); ago <= 40; ago += 1 + r.nextInt(6)) {
            results.put(day.minusDays(ago), Math.max(5, baseline + r.nextGaussian() * (0.3 + 1.2 * r.nextDouble())));
        }
        if (r.nextInt(10) < 7) {
            results.put(day, Math.max(5, baseline * (1 - GeneratedCheckIns.pick(r, JUMP_DROPS))));
        }
        return new DailySeries(results);
    }

    /**
     * {@code days} days of readings up to {@code day}, each recorded with probability
     * {@code compliance}, around {@code normal} with Gaussian {@code noise}, the last
     * {@code shiftedDays} of them moved by {@code shift}.
     */
    private static DailySeries series(Random r, LocalDate day, int days, double compliance, double normal, double noise,
            int shiftedDays, double shift) {
        TreeMap<LocalDate, Double> values = new TreeMap<>();
        for (int ago = days - 1; ago >= 0; ago--) {
            if (r.nextDouble() < compliance) {
                double value = normal + noise * r.nextGaussian() + (ago < shiftedDays ? shift : 0);
                values.put(day.minusDays(ago), Math.max(0.1, value));
            }
        }
        return new DailySeries(values);
    }
}
