package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.WellnessDay;

/**
 * Turns the days a journal kept (each signal from its best source) into the series the baselines
 * read.
 *
 * <p>Morning and overnight HRV are different quantities (a few minutes on waking against a night's
 * average), so one series never mixes them: it holds the readings of the window the runner recorded
 * most often in the {@value HrvBaseline#NORMAL_DAYS} days up to today, and on a tie the window of the
 * latest reading. A runner who changes from a chest strap to a watch thus starts a new normal rather
 * than comparing one kind of number with the other. SDNN never enters it (see
 * {@link org.restwise.core.body.Sdnn}); a night known only by its score gives no hours.
 */
public final class RecordedBody {

    /**
     * How far back a day's readout can look: the HRV run of days below counts back
     * {@value HrvBaseline#NORMAL_DAYS} days, each with its own normal of the
     * {@value HrvBaseline#NORMAL_DAYS} days before it and a 7-day mean.
     */
    public static final int LOOK_BACK_DAYS = 2 * HrvBaseline.NORMAL_DAYS + HrvBaseline.WEEK_DAYS;

    private RecordedBody() {
    }

    /** The history as of {@code today} of {@code days} (any order, one per date) and the jump tests kept by date. */
    public static BodyHistory history(Collection<WellnessDay> days, Map<LocalDate, JumpTest> jumps, LocalDate today) {
        Optional<HrvWindow> window = hrvWindow(days, today);
        TreeMap<LocalDate, Double> rmssd = new TreeMap<>();
        TreeMap<LocalDate, Double> resting = new TreeMap<>();
        TreeMap<LocalDate, Double> sleep = new TreeMap<>();
        for (WellnessDay day : days) {
            if (day.date().isAfter(today)) {
                continue;
            }
            day.hrv().map(s -> s.value()).filter(r -> window.isPresent() && r.window() == window.get())
                    .ifPresent(r -> rmssd.put(day.date(), r.rmssdMillis()));
            day.restingHeartRate().ifPresent(s -> resting.put(day.date(), (double) s.value().bpm()));
            day.sleep().flatMap(s -> s.value().asleep()).ifPresent(d -> sleep.put(day.date(), d.toSeconds() / 3600.0));
        }
        TreeMap<LocalDate, Double> jumpCm = new TreeMap<>();
        jumps.forEach((date, test) -> {
            if (!date.isAfter(today)) {
                jumpCm.put(date, test.resultCm());
            }
        });
        return new BodyHistory(new DailySeries(rmssd), new DailySeries(resting), new DailySeries(sleep), new DailySeries(jumpCm));
    }

    /** The HRV window the series is built from, as described above; empty when there is no HRV at all. */
    public static Optional<HrvWindow> hrvWindow(Collection<WellnessDay> days, LocalDate today) {
        LocalDate first = today.minusDays(HrvBaseline.NORMAL_DAYS);
        Map<HrvWindow, Integer> counts = new EnumMap<>(HrvWindow.class);
        LocalDate latestDate = null;
        HrvWindow latest = null;
        for (WellnessDay day : days) {
            Optional<HrvReading> reading = day.hrv().map(s -> s.value());
            if (reading.isEmpty() || day.date().isAfter(today)) {
                continue;
            }
            if (!day.date().isBefore(first)) {
                counts.merge(reading.get().window(), 1, Integer::sum);
            }
            if (latestDate == null || day.date().isAfter(latestDate)) {
                latestDate = day.date();
                latest = reading.get().window();
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        HrvWindow chosen = latest;
        for (Map.Entry<HrvWindow, Integer> count : counts.entrySet()) {
            if (count.getValue() > counts.getOrDefault(chosen, 0)) {
                chosen = count.getKey();
            }
        }
        return Optional.of(chosen);
    }
}
