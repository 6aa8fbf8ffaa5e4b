package org.restwise.app.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.advice.Decision;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.Sourced;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;
import org.restwise.core.body.normal.BodyHistory;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.body.normal.JumpTest;
import org.restwise.core.body.normal.RecordedBody;
import org.restwise.core.body.normal.Spread;
import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.units.Measures;
import org.restwise.core.journal.RunnerProfile;

/**
 * An athlete's body signals day by day over some weeks, each read against the normal it had on
 * that day (the band moves as the weeks go by), beside the decision of that day: what the Body page
 * draws and {@code GET /api/body} answers. The readout of the last day is the one the check-in reads.
 */
public final class BodyTimeline {

    /** The longest window a page or an API call may ask for: a year. */
    public static final int MAX_DAYS = 366;

    /**
     * One day. A figure is absent when nothing was recorded, or while its normal is still being learned.
     *
     * @param weekMeanLn    the 7-day mean of ln rMSSD; {@code normalLowLn}–{@code normalHighLn} its normal range that day
     * @param restingBaselineBpm the 60-day average the morning's resting heart rate is read against
     * @param sleepAverageHours  the 28-night average last night is read against
     * @param jumpBaselineCm     the 28-day baseline the day's jump result is read against
     */
    public record Day(LocalDate date, Optional<Double> rmssdMs, Optional<WellnessSource> hrvSource,
                      Optional<Double> weekMeanLn, Optional<Double> normalLowLn, Optional<Double> normalHighLn,
                      Optional<Double> restingBpm, Optional<WellnessSource> restingSource, Optional<Double> restingBaselineBpm,
                      Optional<Double> sleepHours, Optional<WellnessSource> sleepSource, Optional<Double> sleepAverageHours,
                      Optional<Double> jumpCm, Optional<Double> jumpBaselineCm, Optional<Decision> decision) {
    }

    /**
     * @param hrvWindow which HRV the series follows (morning recordings or overnight averages), when there is any
     * @param today     the last day's readout, as the check-in reads it
     * @param readingDays how many days of the window hold any reading
     */
    public record Timeline(LocalDate first, LocalDate last, Optional<HrvWindow> hrvWindow, List<Day> days, BodyReadout today,
                           int readingDays, Measures units) {
    }

    private BodyTimeline() {
    }

    /** The {@code days} days ending with {@code last}. */
    public static Timeline of(AthleteJournal store, LocalDate last, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1 to " + MAX_DAYS + ", got " + days);
        }
        LocalDate first = last.minusDays(days - 1L);
        LocalDate readFrom = first.minusDays(RecordedBody.LOOK_BACK_DAYS);
        return store.read(journal -> {
            List<WellnessDay> recorded = journal.bodyReadings().daysBetween(readFrom, last);
            NavigableMap<LocalDate, JumpTest> jumps = journal.bodyReadings().jumpsBetween(readFrom, last);
            Map<LocalDate, Decision> decisions = new TreeMap<>();
            for (SavedCheckIn saved : journal.checkIns().between(first, last)) {
                decisions.put(saved.entry().checkIn().date(), saved.entry().decision());
            }
            return build(first, last, recorded, jumps, decisions,
                    journal.profile().find().orElse(RunnerProfile.EMPTY).measures());
        });
    }

    static Timeline build(LocalDate first, LocalDate last, List<WellnessDay> recorded, NavigableMap<LocalDate, JumpTest> jumps,
                          Map<LocalDate, Decision> decisions, Measures units) {
        Map<LocalDate, WellnessDay> byDate = new TreeMap<>();
        recorded.forEach(d -> byDate.put(d.date(), d));
        Optional<HrvWindow> window = RecordedBody.hrvWindow(recorded, last);
        // One history as of the last day, read on each day: a baseline only ever looks back.
        BodyHistory history = RecordedBody.history(recorded, jumps, last);
        List<Day> days = new ArrayList<>();
        int readingDays = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Day day = day(date, history, byDate.getOrDefault(date, WellnessDay.on(date)), Optional.ofNullable(decisions.get(date)),
                    units);
            days.add(day);
            if (!byDate.getOrDefault(date, WellnessDay.on(date)).isEmpty() || day.jumpCm().isPresent()) {
                readingDays++;
            }
        }
        return new Timeline(first, last, window, days, BodyReadout.of(history, last, units), readingDays, units);
    }

    private static Day day(LocalDate date, BodyHistory history, WellnessDay recorded, Optional<Decision> decision,
                           Measures units) {
        BodyReadout readout = BodyReadout.of(history, date, units);
        Optional<Double> rmssd = history.rmssdMs().on(date);
        return new Day(date,
                rmssd, recorded.hrv().filter(h -> rmssd.isPresent()).map(Sourced::source),
                readout.hrv().flatMap(t -> t.weekMeanLn()),
                readout.hrv().flatMap(t -> t.normal()).map(n -> n.low()),
                readout.hrv().flatMap(t -> t.normal()).map(n -> n.high()),
                history.restingHeartRateBpm().on(date), recorded.restingHeartRate().map(Sourced::source),
                readout.restingHeartRate().flatMap(c -> c.baselineBpm()).map(Spread::mean),
                history.sleepHours().on(date), recorded.sleep().map(Sourced::source),
                readout.sleep().flatMap(c -> c.averageHours()).map(Spread::mean),
                history.jumpCm().on(date), readout.jump().flatMap(c -> c.baselineCm()).map(Spread::mean),
                decision);
    }
}
