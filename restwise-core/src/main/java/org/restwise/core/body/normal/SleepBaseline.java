package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Last night's sleep against the runner's own average. Nights are dated by the morning they end on,
 * so "last night" on day d is the reading dated d.
 *
 * <ul>
 * <li><b>Own average</b> on day d: the mean of the {@value #AVERAGE_NIGHTS} nights before last night
 *     (d−28 … d−1), which needs at least {@value #MIN_AVERAGE_NIGHTS} recorded nights. Ours: the
 *     28 days Polar's Nightly Recharge compares with, half of them recorded.
 * <li><b>Short</b>: at least {@value #WELL_BELOW_OWN_AVERAGE_HOURS} h under the own average (ours:
 *     one and a half hours, a sleep cycle's worth more than a night's usual wobble), or under
 *     {@value #SHORT_NIGHT_HOURS} h whatever the average (the contract's line for poor sleep, which
 *     needs no baseline).
 * </ul>
 */
public final class SleepBaseline {

    public static final int AVERAGE_NIGHTS = 28;
    /** Ours: half the nights of the window. */
    public static final int MIN_AVERAGE_NIGHTS = 14;
    /** Ours. */
    public static final double WELL_BELOW_OWN_AVERAGE_HOURS = 1.5;
    /** Contract (DESIGN.md: under 6 h last night is poor sleep). */
    public static final double SHORT_NIGHT_HOURS = 6.0;

    /** Sleep in hours, one reading a night, dated by the morning. */
    public SleepCheck assess(DailySeries sleepHours, LocalDate today) {
        List<Double> before = sleepHours.daysBefore(today, AVERAGE_NIGHTS);
        Optional<Spread> average = before.size() >= MIN_AVERAGE_NIGHTS ? Optional.of(Spread.of(before)) : Optional.empty();
        Optional<Learning> learning = average.isPresent() ? Optional.empty()
                : Optional.of(new Learning(before.size(), MIN_AVERAGE_NIGHTS, "nights"));
        Optional<Double> lastNight = sleepHours.on(today);
        SleepStatus status = lastNight.map(hours -> status(hours, average)).orElse(SleepStatus.NO_NIGHT);
        return new SleepCheck(today, status, lastNight, average, learning);
    }

    private static SleepStatus status(double hours, Optional<Spread> average) {
        boolean wellBelowOwn = average.map(a -> a.mean() - hours >= WELL_BELOW_OWN_AVERAGE_HOURS - 1e-9).orElse(false);
        if (wellBelowOwn || hours < SHORT_NIGHT_HOURS) {
            return SleepStatus.SHORT;
        }
        return average.isPresent() ? SleepStatus.USUAL : SleepStatus.LEARNING;
    }
}
