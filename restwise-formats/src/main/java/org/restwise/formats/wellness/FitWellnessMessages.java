package org.restwise.formats.wellness;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.HrvStatusSummaryMesg;
import com.garmin.fit.HrvValueMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgListener;
import com.garmin.fit.MesgNum;
import com.garmin.fit.MonitoringHrDataMesg;
import com.garmin.fit.MonitoringInfoMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SleepAssessmentMesg;
import com.garmin.fit.SleepLevel;
import com.garmin.fit.SleepLevelMesg;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restwise.core.body.RrIntervals;

/**
 * The wellness messages of one FIT file, gathered as the SDK decodes them (first stage: raw values,
 * in file order). {@link FitWellnessReader} turns them into days.
 */
final class FitWellnessMessages implements MesgListener {

    /** FIT timestamps below this count seconds since the device powered on, not wall-clock time. */
    private static final long FIT_MIN_WALL_CLOCK = 0x10000000L;
    /** An {@code hrv} slot the device did not fill holds 0xFFFF (65.535 s); the SDK hands it over as is. */
    private static final double HRV_PADDING_SECONDS = 65.0;

    record TimedValue(Instant time, double value) { }

    record TimedLevel(Instant time, SleepLevel level) { }

    record Session(Optional<com.garmin.fit.Sport> sport, Optional<Double> distanceMeters,
                   Optional<Double> timerSeconds, Optional<Instant> start) { }

    record HrvStatus(Instant time, Optional<Double> lastNightAverage, Optional<Double> lowUpper,
                     Optional<Double> balancedLower, Optional<Double> balancedUpper, Optional<String> status) { }

    final RrIntervals.Recording rr = new RrIntervals.Recording();
    int hrvMessages;
    boolean rrOverflow;
    final List<Session> sessions = new ArrayList<>();
    final List<TimedValue> restingHeartRates = new ArrayList<>();
    final List<TimedLevel> sleepLevels = new ArrayList<>();
    Optional<Integer> sleepScore = Optional.empty();
    final List<HrvStatus> hrvStatuses = new ArrayList<>();
    final List<TimedValue> hrvValues = new ArrayList<>();
    /** Seconds to add to UTC for local time, when the file says so. */
    Optional<Long> localOffsetSeconds = Optional.empty();
    Optional<Instant> created = Optional.empty();
    boolean deviceClockOnly;

    @Override
    public void onMesg(Mesg mesg) {
        switch (mesg.getNum()) {
            case MesgNum.HRV -> onHrv(new HrvMesg(mesg));
            case MesgNum.SESSION -> onSession(new SessionMesg(mesg));
            case MesgNum.ACTIVITY -> {
                ActivityMesg activity = new ActivityMesg(mesg);
                offset(activity.getTimestamp(), activity.getLocalTimestamp());
            }
            case MesgNum.MONITORING_INFO -> {
                MonitoringInfoMesg info = new MonitoringInfoMesg(mesg);
                offset(info.getTimestamp(), info.getLocalTimestamp());
            }
            case MesgNum.MONITORING_HR_DATA -> {
                MonitoringHrDataMesg hr = new MonitoringHrDataMesg(mesg);
                // current_day_resting_heart_rate is today's; resting_heart_rate is Garmin's 7-day average
                Short today = hr.getCurrentDayRestingHeartRate();
                time(hr.getTimestamp()).ifPresent(t -> {
                    if (today != null && today > 0) {
                        restingHeartRates.add(new TimedValue(t, today));
                    }
                });
            }
            case MesgNum.SLEEP_LEVEL -> {
                SleepLevelMesg level = new SleepLevelMesg(mesg);
                time(level.getTimestamp()).ifPresent(t -> {
                    if (level.getSleepLevel() != null) {
                        sleepLevels.add(new TimedLevel(t, level.getSleepLevel()));
                    }
                });
            }
            case MesgNum.SLEEP_ASSESSMENT -> {
                Short score = new SleepAssessmentMesg(mesg).getOverallSleepScore();
                if (score != null && score >= 0 && score <= 100) {
                    sleepScore = Optional.of((int) score);
                }
            }
            case MesgNum.HRV_STATUS_SUMMARY -> onHrvStatus(new HrvStatusSummaryMesg(mesg));
            case MesgNum.HRV_VALUE -> {
                HrvValueMesg value = new HrvValueMesg(mesg);
                time(value.getTimestamp()).ifPresent(t -> positive(value.getValue())
                        .ifPresent(v -> hrvValues.add(new TimedValue(t, v))));
            }
            case MesgNum.FILE_ID -> created = time(new com.garmin.fit.FileIdMesg(mesg).getTimeCreated());
            default -> { }
        }
    }

    private void onHrv(HrvMesg hrv) {
        hrvMessages++;
        Float[] times = hrv.getTime();
        if (times == null) {
            return;
        }
        for (Float seconds : times) {
            if (seconds == null || seconds >= HRV_PADDING_SECONDS) {
                continue;
            }
            if (rr.full()) {
                rrOverflow = true;
                return;
            }
            // the field's resolution is 1 ms; rounding undoes the float's binary noise
            rr.add(Math.round(seconds * 1000.0));
        }
    }

    private void onSession(SessionMesg session) {
        sessions.add(new Session(Optional.ofNullable(session.getSport()),
                positiveOrZero(session.getTotalDistance()), positiveOrZero(session.getTotalTimerTime()),
                time(session.getStartTime())));
    }

    private void onHrvStatus(HrvStatusSummaryMesg summary) {
        time(summary.getTimestamp()).ifPresent(t -> hrvStatuses.add(new HrvStatus(t,
                positive(summary.getLastNightAverage()), positive(summary.getBaselineLowUpper()),
                positive(summary.getBaselineBalancedLower()), positive(summary.getBaselineBalancedUpper()),
                Optional.ofNullable(summary.getStatus()).map(Enum::name))));
    }

    private void offset(DateTime utc, Long local) {
        if (utc != null && utc.getTimestamp() != null && local != null && localOffsetSeconds.isEmpty()) {
            long offset = local - utc.getTimestamp();
            // real offsets lie within ±14 h; anything else is a device that never set its clock
            if (Math.abs(offset) <= 14 * 3600) {
                localOffsetSeconds = Optional.of(offset);
            }
        }
    }

    private Optional<Instant> time(DateTime time) {
        if (time == null || time.getTimestamp() == null) {
            return Optional.empty();
        }
        if (time.getTimestamp() < FIT_MIN_WALL_CLOCK) {
            deviceClockOnly = true;
            return Optional.empty();
        }
        return Optional.of(time.getDate().toInstant());
    }

    private static Optional<Double> positive(Float value) {
        return value != null && Float.isFinite(value) && value > 0 ? Optional.of(value.doubleValue()) : Optional.empty();
    }

    private static Optional<Double> positiveOrZero(Float value) {
        return value != null && Float.isFinite(value) && value >= 0 ? Optional.of(value.doubleValue()) : Optional.empty();
    }
}
