package org.restwise.app.journal;

import java.time.LocalDate;
import java.util.Optional;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;
import org.restwise.core.body.normal.JumpTest;

/**
 * What a runner measured themselves this morning and typed in with the check-in: an rMSSD from an
 * app, a resting heart rate, a jump test. Each is kept as the runner's own entry ({@link
 * WellnessSource#MANUAL}), which corrects any device's value for the same day.
 *
 * @param rmssdMs             morning rMSSD, ms (above 0, at most 500)
 * @param restingHeartRateBpm resting heart rate, bpm ({@value RestingHeartRate#MIN_BPM}–{@value RestingHeartRate#MAX_BPM})
 * @param jump                three countermovement jumps
 */
public record BodyByHand(Optional<Double> rmssdMs, Optional<Integer> restingHeartRateBpm, Optional<JumpTest> jump) {

    public static final BodyByHand NOTHING = new BodyByHand(Optional.empty(), Optional.empty(), Optional.empty());

    public BodyByHand {
        rmssdMs.ifPresent(ms -> HrvReading.reported(ms, Optional.empty(), HrvWindow.MORNING));
        restingHeartRateBpm.ifPresent(RestingHeartRate::new);
    }

    public boolean isEmpty() {
        return rmssdMs.isEmpty() && restingHeartRateBpm.isEmpty() && jump.isEmpty();
    }

    /** The day's readings other than the jump, as the journal keeps them. */
    public WellnessDay day(LocalDate date) {
        WellnessDay day = WellnessDay.on(date);
        if (rmssdMs.isPresent()) {
            day = day.withHrv(HrvReading.reported(rmssdMs.get(), Optional.empty(), HrvWindow.MORNING), WellnessSource.MANUAL);
        }
        if (restingHeartRateBpm.isPresent()) {
            day = day.withRestingHeartRate(new RestingHeartRate(restingHeartRateBpm.get()), WellnessSource.MANUAL);
        }
        return day;
    }
}
