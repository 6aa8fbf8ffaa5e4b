package org.restwise.core.body.normal;

import java.util.Objects;

/**
 * What a runner's devices recorded, day by day: morning rMSSD in ms, resting heart rate in bpm,
 * sleep in hours (dated by the morning), and the day's jump result in cm (see {@link JumpTest}).
 * A series the runner does not record is {@link DailySeries#empty()}.
 */
public record BodyHistory(DailySeries rmssdMs, DailySeries restingHeartRateBpm, DailySeries sleepHours, DailySeries jumpCm) {

    public static final BodyHistory NOTHING_RECORDED =
            new BodyHistory(DailySeries.empty(), DailySeries.empty(), DailySeries.empty(), DailySeries.empty());

    public BodyHistory {
        Objects.requireNonNull(rmssdMs, "rmssdMs");
        Objects.requireNonNull(restingHeartRateBpm, "restingHeartRateBpm");
        Objects.requireNonNull(sleepHours, "sleepHours");
        Objects.requireNonNull(jumpCm, "jumpCm");
    }

    public BodyHistory withRmssdMs(DailySeries series) {
        return new BodyHistory(series, restingHeartRateBpm, sleepHours, jumpCm);
    }

    public BodyHistory withRestingHeartRateBpm(DailySeries series) {
        return new BodyHistory(rmssdMs, series, sleepHours, jumpCm);
    }

    public BodyHistory withSleepHours(DailySeries series) {
        return new BodyHistory(rmssdMs, restingHeartRateBpm, series, jumpCm);
    }

    public BodyHistory withJumpCm(DailySeries series) {
        return new BodyHistory(rmssdMs, restingHeartRateBpm, sleepHours, series);
    }
}
