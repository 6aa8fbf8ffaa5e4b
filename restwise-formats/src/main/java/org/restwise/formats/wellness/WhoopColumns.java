package org.restwise.formats.wellness;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * WHOOP's {@code physiological_cycles.csv}: one physiological cycle a row, which begins when the
 * member falls asleep. Taken: "Resting heart rate (bpm)", "Heart rate variability (ms)" (WHOOP's
 * overnight rMSSD), "Asleep duration (min)" with the stage durations, and "Sleep performance %" as the
 * night's score. The day is the date of "Wake onset"; without it, the cycle's start date, moved to the
 * next day when the cycle began after noon (an evening's sleep belongs to the morning after).
 */
final class WhoopColumns implements CsvDialect {

    static final String START = "Cycle start time";
    static final String WAKE = "Wake onset";

    @Override
    public String app() {
        return "WHOOP physiological_cycles.csv";
    }

    @Override
    public Set<String> required() {
        return Set.of(START);
    }

    @Override
    public Optional<WellnessDay> day(CsvRow row) throws UnreadableWellnessException {
        WellnessDay day = WellnessDay.on(date(row));
        WellnessSource source = WellnessSource.WHOOP;
        Optional<Double> resting = row.number("Resting heart rate (bpm)", RestingHeartRate.MIN_BPM, RestingHeartRate.MAX_BPM);
        if (resting.isPresent()) {
            day = day.withRestingHeartRate(new RestingHeartRate((int) Math.round(resting.get())), source);
        }
        Optional<Double> rmssd = row.number("Heart rate variability (ms)", 0.1, 500);
        if (rmssd.isPresent()) {
            day = day.withHrv(HrvReading.reported(rmssd.get(), Optional.empty(), HrvWindow.OVERNIGHT), source);
        }
        Optional<Duration> asleep = row.duration("Asleep duration (min)", 60).filter(d -> !d.isZero());
        Optional<Integer> score = row.number("Sleep performance %", 0, 100).map(v -> (int) Math.round(v));
        if (asleep.isPresent() || score.isPresent()) {
            day = day.withSleep(new Sleep(asleep, row.duration("Deep (SWS) duration (min)", 60),
                    row.duration("Light sleep duration (min)", 60), row.duration("REM duration (min)", 60),
                    row.duration("Awake duration (min)", 60), score), source);
        }
        return Optional.of(day);
    }

    private static LocalDate date(CsvRow row) throws UnreadableWellnessException {
        Optional<String> wake = row.text(WAKE);
        if (wake.isPresent()) {
            return row.dateOf(WAKE, wake.get());
        }
        LocalDate start = row.date(START);
        String text = row.text(START).orElse("");
        boolean afternoon = text.length() >= 13 && Character.isDigit(text.charAt(11)) && Character.isDigit(text.charAt(12))
                && Integer.parseInt(text.substring(11, 13)) >= 12;
        return afternoon ? start.plusDays(1) : start;
    }
}
