package org.restwise.core.body;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the body's signals said on one day of one athlete's life, each value with its source. The day
 * is the local date the athlete woke up on: last night's sleep and this morning's reading belong to it.
 *
 * <p>SDNN is never put in the rMSSD slot, nor the other way round; see {@link Sdnn}.
 */
public record WellnessDay(LocalDate date, Optional<Sourced<HrvReading>> hrv,
                          Optional<Sourced<RestingHeartRate>> restingHeartRate, Optional<Sourced<Sdnn>> sdnn,
                          Optional<Sourced<Sleep>> sleep) {

    public WellnessDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hrv, "hrv");
        Objects.requireNonNull(restingHeartRate, "restingHeartRate");
        Objects.requireNonNull(sdnn, "sdnn");
        Objects.requireNonNull(sleep, "sleep");
    }

    /** A day with nothing known yet. */
    public static WellnessDay on(LocalDate date) {
        return new WellnessDay(date, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public WellnessDay withHrv(HrvReading reading, WellnessSource source) {
        return new WellnessDay(date, Optional.of(Sourced.of(reading, source)), restingHeartRate, sdnn, sleep);
    }

    public WellnessDay withRestingHeartRate(RestingHeartRate rate, WellnessSource source) {
        return new WellnessDay(date, hrv, Optional.of(Sourced.of(rate, source)), sdnn, sleep);
    }

    public WellnessDay withSdnn(Sdnn value, WellnessSource source) {
        return new WellnessDay(date, hrv, restingHeartRate, Optional.of(Sourced.of(value, source)), sleep);
    }

    public WellnessDay withSleep(Sleep night, WellnessSource source) {
        return new WellnessDay(date, hrv, restingHeartRate, sdnn, Optional.of(Sourced.of(night, source)));
    }

    public boolean isEmpty() {
        return hrv.isEmpty() && restingHeartRate.isEmpty() && sdnn.isEmpty() && sleep.isEmpty();
    }

    /**
     * This day and {@code other} (the same date) as one: for each value, the one whose source ranks
     * higher in {@link WellnessSource}'s order; on a tie, this day's value stays. Values are never
     * mixed inside one signal (a night's stages all come from one source).
     */
    public WellnessDay merge(WellnessDay other) {
        if (!date.equals(other.date)) {
            throw new IllegalArgumentException("cannot merge " + other.date + " into " + date);
        }
        return new WellnessDay(date, pick(hrv, other.hrv), pick(restingHeartRate, other.restingHeartRate),
                pick(sdnn, other.sdnn), pick(sleep, other.sleep));
    }

    private static <T> Optional<Sourced<T>> pick(Optional<Sourced<T>> kept, Optional<Sourced<T>> offered) {
        if (kept.isEmpty()) {
            return offered;
        }
        if (offered.isPresent() && offered.get().source().outranks(kept.get().source())) {
            return offered;
        }
        return kept;
    }
}
