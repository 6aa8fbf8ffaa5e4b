package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * This morning's resting heart rate against its own 60-day baseline.
 *
 * <ul>
 * <li><b>Baseline</b> on day d: the mean (and sample SD, shown but not decided on) of the daily
 *     resting heart rate over the {@value #BASELINE_DAYS} days before d, d itself left out; it needs
 *     at least {@value #MIN_BASELINE_READINGS} readings, as the HRV range does ({@link HrvBaseline}).
 * <li><b>Well above</b>: this morning at least {@value #WELL_ABOVE_BPM} bpm over the baseline mean.
 * </ul>
 * Why a fixed 5 bpm and not one SD: Buchheit 2014 (doi:10.3389/fphys.2014.00073, table 1) puts the
 * typical error of a single morning's resting heart rate near 10 %, about 5 bpm at the 45–55 bpm of
 * a trained runner, so smaller rises are within a morning's noise. An SD-based line would move with
 * the device rather than the runner: a steady chest strap (SD 1–2 bpm) would flag a 2 bpm rise, a
 * noisy wrist sensor (SD 6) would hide a real 5 bpm one. Five is also the top of the 3–5 bpm band at
 * which Oura's resting-heart-rate contributor drops.
 */
public final class RestingHeartRateBaseline {

    public static final int BASELINE_DAYS = 60;
    /** Ours: three weeks of mornings, as for HRV. */
    public static final int MIN_BASELINE_READINGS = 21;
    /** Ours, after Buchheit 2014's typical error of resting heart rate (see the class comment). */
    public static final double WELL_ABOVE_BPM = 5.0;

    /** Resting heart rate in beats per minute, one reading a morning. */
    public RestingHeartRateCheck assess(DailySeries restingBpm, LocalDate today) {
        List<Double> before = restingBpm.daysBefore(today, BASELINE_DAYS);
        Optional<Double> thisMorning = restingBpm.on(today);
        if (before.size() < MIN_BASELINE_READINGS) {
            return new RestingHeartRateCheck(today, RestingHeartRateStatus.LEARNING, thisMorning, Optional.empty(),
                    Optional.of(new Learning(before.size(), MIN_BASELINE_READINGS, "days")));
        }
        Spread baseline = Spread.of(before);
        RestingHeartRateStatus status = thisMorning
                .map(bpm -> bpm - baseline.mean() >= WELL_ABOVE_BPM - 1e-9
                        ? RestingHeartRateStatus.WELL_ABOVE : RestingHeartRateStatus.USUAL)
                .orElse(RestingHeartRateStatus.NO_READING_TODAY);
        return new RestingHeartRateCheck(today, status, thisMorning, Optional.of(baseline), Optional.empty());
    }
}
