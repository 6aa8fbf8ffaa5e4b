package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Last night's sleep against the runner's own average (see {@link SleepBaseline}), in hours. */
public record SleepCheck(
        LocalDate date,
        SleepStatus status,
        Optional<Double> lastNightHours,
        Optional<Spread> averageHours,
        Optional<Learning> learning) {

    public SleepCheck {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        if (learning.isPresent() == averageHours.isPresent()) {
            throw new IllegalArgumentException("a sleep check is learning exactly when it has no average yet");
        }
        if ((status == SleepStatus.NO_NIGHT) == lastNightHours.isPresent()
                || (status == SleepStatus.LEARNING && learning.isEmpty())
                || (status == SleepStatus.USUAL && averageHours.isEmpty())) {
            throw new IllegalArgumentException(status + " does not fit what is known of last night and the average");
        }
    }

    /** How far last night fell under the own average, in hours (negative when over it). */
    public Optional<Double> underAverageHours() {
        return lastNightHours.flatMap(h -> averageHours.map(a -> a.mean() - h));
    }

    /** "sleep 5.9 h last night, 1.6 h under your 28-day average of 7.5 h". */
    public String words() {
        if (status == SleepStatus.NO_NIGHT) {
            return "sleep: no night recorded for last night" + learning.map(l -> " (" + l.words() + ")").orElse("");
        }
        String night = "sleep " + Figures.oneDecimal(lastNightHours.orElseThrow()) + " h last night";
        if (averageHours.isEmpty()) {
            String under = status == SleepStatus.SHORT ? ", under " + Figures.oneDecimal(SleepBaseline.SHORT_NIGHT_HOURS) + " h" : "";
            return night + under + " (" + learning.orElseThrow().words() + ")";
        }
        double under = underAverageHours().orElseThrow();
        String against = Math.abs(under) < 0.05 ? "level with"
                : Figures.oneDecimal(Math.abs(under)) + " h " + (under > 0 ? "under" : "over");
        return night + ", " + against + " your 28-day average of " + Figures.oneDecimal(averageHours.get().mean()) + " h";
    }
}
