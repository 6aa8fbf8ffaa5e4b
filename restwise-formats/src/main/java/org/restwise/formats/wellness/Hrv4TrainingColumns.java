package org.restwise.formats.wellness;

import java.util.Optional;
import java.util.Set;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.Sdnn;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * HRV4Training's export: one morning measurement a row, {@code date}, {@code rMSSD} (ms), {@code HR}
 * (bpm, during the measurement) and {@code SDNN} (ms). Its questionnaire columns ({@code sleep_time},
 * {@code sleep_quality}, …) are the runner's own scale, not measurements, and are not taken.
 */
final class Hrv4TrainingColumns implements CsvDialect {

    @Override
    public String app() {
        return "HRV4Training";
    }

    @Override
    public Set<String> required() {
        return Set.of("date", "rMSSD");
    }

    @Override
    public Optional<WellnessDay> day(CsvRow row) throws UnreadableWellnessException {
        WellnessDay day = WellnessDay.on(row.date("date"));
        Optional<Integer> heartRate = row.number("HR", 20, 250).map(v -> (int) Math.round(v));
        Optional<Double> rmssd = row.number("rMSSD", 0.1, 500);
        if (rmssd.isPresent()) {
            day = day.withHrv(HrvReading.reported(rmssd.get(), heartRate, HrvWindow.MORNING), WellnessSource.HRV4TRAINING);
        }
        Optional<Double> sdnn = row.number("SDNN", 0.1, 500);
        if (sdnn.isPresent()) {
            day = day.withSdnn(new Sdnn(sdnn.get()), WellnessSource.HRV4TRAINING);
        }
        return Optional.of(day);
    }
}
