package org.restwise.core.checkin;

import java.time.LocalDate;
import java.util.Objects;

/** One day's report from the runner: who they are, what training surrounds today, how they feel. */
public record CheckIn(LocalDate date, AthleteProfile athlete, Context context, Signals signals) {

    public CheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(athlete, "athlete");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(signals, "signals");
    }

    public CheckIn withContext(Context replacement) {
        return new CheckIn(date, athlete, replacement, signals);
    }

    public CheckIn withAthlete(AthleteProfile replacement) {
        return new CheckIn(date, replacement, context, signals);
    }

    public CheckIn withSignals(Signals replacement) {
        return new CheckIn(date, athlete, context, replacement);
    }
}
