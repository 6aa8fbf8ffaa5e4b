package org.restwise.formats.wellness;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * Oura's sleep data as a table with its API v2 field names: {@code day}, {@code average_hrv} (the
 * night's rMSSD), {@code lowest_heart_rate} (what Oura shows as resting heart rate),
 * {@code total_sleep_duration}, {@code deep_sleep_duration}, {@code light_sleep_duration},
 * {@code rem_sleep_duration} and {@code awake_time} (seconds). Where a {@code type} column tells sleep
 * periods apart, only the main one ({@code long_sleep}) is taken: naps are not the night.
 */
final class OuraColumns implements CsvDialect {

    @Override
    public String app() {
        return "Oura sleep";
    }

    @Override
    public Set<String> required() {
        return Set.of("day");
    }

    @Override
    public Optional<WellnessDay> day(CsvRow row) throws UnreadableWellnessException {
        if (row.text("type").filter(type -> !type.equals("long_sleep")).isPresent()) {
            return Optional.empty();
        }
        WellnessDay day = WellnessDay.on(row.date("day"));
        WellnessSource source = WellnessSource.OURA;
        Optional<Double> rmssd = row.number("average_hrv", 0.1, 500);
        if (rmssd.isPresent()) {
            day = day.withHrv(HrvReading.reported(rmssd.get(), Optional.empty(), HrvWindow.OVERNIGHT), source);
        }
        Optional<Double> lowest = row.number("lowest_heart_rate", RestingHeartRate.MIN_BPM, RestingHeartRate.MAX_BPM);
        if (lowest.isPresent()) {
            day = day.withRestingHeartRate(new RestingHeartRate((int) Math.round(lowest.get())), source);
        }
        Optional<Duration> asleep = row.duration("total_sleep_duration", 1).filter(d -> !d.isZero());
        if (asleep.isPresent()) {
            day = day.withSleep(new Sleep(asleep, row.duration("deep_sleep_duration", 1),
                    row.duration("light_sleep_duration", 1), row.duration("rem_sleep_duration", 1),
                    row.duration("awake_time", 1), Optional.empty()), source);
        }
        return Optional.of(day);
    }
}
