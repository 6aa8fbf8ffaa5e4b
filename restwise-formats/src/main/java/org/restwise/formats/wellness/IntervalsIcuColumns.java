package org.restwise.formats.wellness;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sdnn;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * intervals.icu's wellness table: one row a date ({@code id}, as its API names the date), with
 * {@code restingHR}, {@code hrv} (rMSSD, from whichever device sent it, so its window is unstated),
 * {@code hrvSDNN}, {@code sleepSecs} and {@code sleepScore}. Its subjective 1–4 scales are not taken.
 */
final class IntervalsIcuColumns implements CsvDialect {

    @Override
    public String app() {
        return "intervals.icu wellness";
    }

    @Override
    public Set<String> required() {
        return Set.of("id");
    }

    @Override
    public Optional<WellnessDay> day(CsvRow row) throws UnreadableWellnessException {
        WellnessDay day = WellnessDay.on(row.date("id"));
        WellnessSource source = WellnessSource.INTERVALS_ICU;
        Optional<Double> resting = row.number("restingHR", RestingHeartRate.MIN_BPM, RestingHeartRate.MAX_BPM);
        if (resting.isPresent()) {
            day = day.withRestingHeartRate(new RestingHeartRate((int) Math.round(resting.get())), source);
        }
        Optional<Double> rmssd = row.number("hrv", 0.1, 500);
        if (rmssd.isPresent()) {
            day = day.withHrv(HrvReading.reported(rmssd.get(), Optional.empty(), HrvWindow.UNSTATED), source);
        }
        Optional<Double> sdnn = row.number("hrvSDNN", 0.1, 500);
        if (sdnn.isPresent()) {
            day = day.withSdnn(new Sdnn(sdnn.get()), source);
        }
        Optional<Duration> asleep = row.duration("sleepSecs", 1).filter(d -> !d.isZero());
        Optional<Integer> score = row.number("sleepScore", 0, 100).map(v -> (int) Math.round(v));
        if (asleep.isPresent() || score.isPresent()) {
            day = day.withSleep(new Sleep(asleep, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    score), source);
        }
        return Optional.of(day);
    }
}
