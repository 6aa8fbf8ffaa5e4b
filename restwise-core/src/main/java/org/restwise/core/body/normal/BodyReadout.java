package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.units.Measures;

/**
 * What the devices say about one day, each signal read against the runner's own normal: the
 * verdicts with their numbers, for the engine to decide with and the UI to show. A signal the
 * runner does not record at all is absent; one recorded for too few days says it is still learning.
 */
public record BodyReadout(
        LocalDate date,
        Optional<HrvTrend> hrv,
        Optional<RestingHeartRateCheck> restingHeartRate,
        Optional<SleepCheck> sleep,
        Optional<JumpCheck> jump) {

    public BodyReadout {
        Objects.requireNonNull(date, "date");
        hrv.ifPresent(v -> sameDay(date, v.date(), "HRV"));
        restingHeartRate.ifPresent(v -> sameDay(date, v.date(), "resting heart rate"));
        sleep.ifPresent(v -> sameDay(date, v.date(), "sleep"));
        jump.ifPresent(v -> sameDay(date, v.date(), "jump"));
    }

    /** Reads every recorded signal of {@code history} on {@code today}. */
    public static BodyReadout of(BodyHistory history, LocalDate today) {
        return of(history, today, Measures.METRIC);
    }

    /** The same, heights (the jump test) worded in the runner's units. */
    public static BodyReadout of(BodyHistory history, LocalDate today, Measures units) {
        return new BodyReadout(today,
                history.rmssdMs().isEmpty() ? Optional.empty() : Optional.of(new HrvBaseline().assess(history.rmssdMs(), today)),
                history.restingHeartRateBpm().isEmpty() ? Optional.empty()
                        : Optional.of(new RestingHeartRateBaseline().assess(history.restingHeartRateBpm(), today)),
                history.sleepHours().isEmpty() ? Optional.empty() : Optional.of(new SleepBaseline().assess(history.sleepHours(), today)),
                history.jumpCm().isEmpty() ? Optional.empty()
                        : Optional.of(new JumpBaseline().assess(history.jumpCm(), today).in(units)));
    }

    public static BodyReadout nothingOn(LocalDate day) {
        return new BodyReadout(day, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Each recorded signal in words, HRV first. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        hrv.ifPresent(v -> lines.add(v.words()));
        restingHeartRate.ifPresent(v -> lines.add(v.words()));
        sleep.ifPresent(v -> lines.add(v.words()));
        jump.ifPresent(v -> lines.add(v.words()));
        return lines;
    }

    private static void sameDay(LocalDate day, LocalDate other, String what) {
        if (!day.equals(other)) {
            throw new IllegalArgumentException("the " + what + " verdict is for " + other + ", not " + day);
        }
    }
}
