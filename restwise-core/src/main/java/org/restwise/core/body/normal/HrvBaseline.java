package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Morning HRV read against the runner's own normal, the way Plews, Buchheit and HRV4Training read it.
 *
 * <ul>
 * <li>Each reading is log-transformed: {@code x = ln(rMSSD in ms)}.
 * <li><b>7-day mean</b> on day d: the mean of x over the readings of days d−6 … d; it needs at least
 *     {@value #MIN_WEEK_READINGS} readings in those 7 days (Plews et al. 2014, PubMed 24334285,
 *     doi:10.1123/ijspp.2013-0455: three valid mornings a week give the same picture as seven).
 * <li><b>7-day coefficient of variation</b>: {@code 100 × sd(x) / mean(x)} over the same readings
 *     (Plews et al. 2012, doi:10.1007/s00421-012-2354-4). Reported, not decided on: in that case
 *     study it fell on the way to overreaching, and no threshold follows from one case.
 * <li><b>Normal range</b> on day d: {@code mean ± 0.5 sd} of the daily x over the
 *     {@value #NORMAL_DAYS} days before d (d itself left out), half a standard deviation being the
 *     smallest worthwhile change (Buchheit 2014, doi:10.3389/fphys.2014.00073; HRV4Training's
 *     normal range). It needs at least {@value #MIN_NORMAL_READINGS} readings in those days: ours,
 *     the three weeks Garmin's HRV status waits for, and seven times the minimum of a single week.
 *     Until then the trend is {@link HrvStatus#LEARNING}, with how many days it has of how many.
 * <li><b>Days below</b>: how many days in a row, ending today, the 7-day mean has been below that
 *     day's normal range (counted up to {@value #NORMAL_DAYS}); a day without a 7-day mean ends the run.
 * </ul>
 * A standard deviation of zero (identical readings) gives a range of one point; any 7-day mean
 * under it counts as below, which can only make the advice more careful.
 */
public final class HrvBaseline {

    public static final int WEEK_DAYS = 7;
    /** Plews et al. 2014. */
    public static final int MIN_WEEK_READINGS = 3;
    /** HRV4Training's normal range, after Plews and Buchheit. */
    public static final int NORMAL_DAYS = 60;
    /** Ours: about three weeks of mornings, as vendors wait for. */
    public static final int MIN_NORMAL_READINGS = 21;
    /** Half a standard deviation either side: the smallest worthwhile change (Buchheit 2014). */
    public static final double NORMAL_HALF_WIDTH_SD = 0.5;

    /** The trend on {@code today} from morning rMSSD readings in milliseconds (every one above 0). */
    public HrvTrend assess(DailySeries rmssdMs, LocalDate today) {
        DailySeries ln = logarithms(rmssdMs);
        List<Double> week = ln.daysEnding(today, WEEK_DAYS);
        Optional<Spread> weekSpread = week.size() >= MIN_WEEK_READINGS ? Optional.of(Spread.of(week)) : Optional.empty();
        Optional<Double> weekMean = weekSpread.map(Spread::mean);
        Optional<Double> cv = weekSpread.flatMap(Spread::coefficientOfVariationPercent);
        Optional<NormalRange> normal = normalRange(ln, today);
        if (normal.isEmpty()) {
            Learning learning = new Learning(ln.daysBefore(today, NORMAL_DAYS).size(), MIN_NORMAL_READINGS, "days");
            return new HrvTrend(today, HrvStatus.LEARNING, weekMean, week.size(), cv, Optional.empty(),
                    Optional.of(learning), 0);
        }
        if (weekMean.isEmpty()) {
            return new HrvTrend(today, HrvStatus.TOO_FEW_THIS_WEEK, weekMean, week.size(), cv, normal, Optional.empty(), 0);
        }
        NormalRange range = normal.get();
        double mean = weekMean.get();
        HrvStatus status = range.below(mean) ? HrvStatus.BELOW : range.above(mean) ? HrvStatus.ABOVE : HrvStatus.WITHIN;
        int daysBelow = status == HrvStatus.BELOW ? daysBelow(ln, today) : 0;
        return new HrvTrend(today, status, weekMean, week.size(), cv, normal, Optional.empty(), daysBelow);
    }

    private static DailySeries logarithms(DailySeries rmssdMs) {
        TreeMap<LocalDate, Double> ln = new TreeMap<>();
        rmssdMs.values().forEach((day, ms) -> {
            if (ms <= 0) {
                throw new IllegalArgumentException("an rMSSD of " + ms + " ms on " + day + " is not a reading: it must be above 0");
            }
            ln.put(day, Math.log(ms));
        });
        return new DailySeries(ln);
    }

    private static Optional<NormalRange> normalRange(DailySeries ln, LocalDate day) {
        List<Double> before = ln.daysBefore(day, NORMAL_DAYS);
        return before.size() >= MIN_NORMAL_READINGS
                ? Optional.of(NormalRange.around(Spread.of(before), NORMAL_HALF_WIDTH_SD))
                : Optional.empty();
    }

    private static Optional<Double> weekMean(DailySeries ln, LocalDate day) {
        List<Double> week = ln.daysEnding(day, WEEK_DAYS);
        return week.size() >= MIN_WEEK_READINGS
                ? Optional.of(week.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
                : Optional.empty();
    }

    private static int daysBelow(DailySeries ln, LocalDate today) {
        int run = 0;
        for (LocalDate day = today; run < NORMAL_DAYS; day = day.minusDays(1)) {
            Optional<Double> mean = weekMean(ln, day);
            Optional<NormalRange> range = normalRange(ln, day);
            if (mean.isEmpty() || range.isEmpty() || !range.get().below(mean.get())) {
                break;
            }
            run++;
        }
        return run;
    }
}
