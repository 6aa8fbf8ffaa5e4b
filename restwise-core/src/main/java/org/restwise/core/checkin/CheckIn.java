package org.restwise.core.checkin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.body.normal.BodyReadout;

/**
 * One day's report from the runner: who they are, what training surrounds today, how they feel,
 * and, when their devices record it, what the body's own measures say against its normal. The body
 * readout is optional and only ever makes the advice more careful (see {@code AdviceEngine}).
 *
 * <p>Invariant: a body readout is for the check-in's own date.
 */
public record CheckIn(LocalDate date, AthleteProfile athlete, Context context, Signals signals, Optional<BodyReadout> body) {

    public CheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(athlete, "athlete");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(body, "body (Optional.empty() when nothing is recorded)");
        body.ifPresent(b -> {
            if (!b.date().equals(date)) {
                throw new IllegalArgumentException("the body readout is for " + b.date() + ", the check-in for " + date);
            }
        });
    }

    /** A check-in without body measures, as every check-in was before readouts existed. */
    public CheckIn(LocalDate date, AthleteProfile athlete, Context context, Signals signals) {
        this(date, athlete, context, signals, Optional.empty());
    }

    public CheckIn withContext(Context replacement) {
        return new CheckIn(date, athlete, replacement, signals, body);
    }

    public CheckIn withAthlete(AthleteProfile replacement) {
        return new CheckIn(date, replacement, context, signals, body);
    }

    public CheckIn withSignals(Signals replacement) {
        return new CheckIn(date, athlete, context, replacement, body);
    }

    /** The same check-in with the day's body readout (which must be for the same date). */
    public CheckIn withBody(BodyReadout readout) {
        return new CheckIn(date, athlete, context, signals, Optional.of(readout));
    }

    /** The same check-in without body measures. */
    public CheckIn withoutBody() {
        return new CheckIn(date, athlete, context, signals, Optional.empty());
    }
}
