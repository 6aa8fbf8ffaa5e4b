package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * This morning's resting heart rate against the runner's baseline (see {@link RestingHeartRateBaseline}),
 * in beats per minute.
 */
public record RestingHeartRateCheck(
        LocalDate date,
        RestingHeartRateStatus status,
        Optional<Double> thisMorningBpm,
        Optional<Spread> baselineBpm,
        Optional<Learning> learning) {

    public RestingHeartRateCheck {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        if ((status == RestingHeartRateStatus.LEARNING) != learning.isPresent() || learning.isPresent() == baselineBpm.isPresent()) {
            throw new IllegalArgumentException("a check is learning exactly when it has no baseline yet: " + status);
        }
        boolean compared = status == RestingHeartRateStatus.USUAL || status == RestingHeartRateStatus.WELL_ABOVE;
        if (compared != (thisMorningBpm.isPresent() && baselineBpm.isPresent())) {
            throw new IllegalArgumentException(status + " compares this morning with the baseline");
        }
    }

    /** How far this morning is over the baseline mean, in bpm (negative when under it). */
    public Optional<Double> aboveBaselineBpm() {
        return thisMorningBpm.flatMap(bpm -> baselineBpm.map(b -> bpm - b.mean()));
    }

    /** "resting heart rate 56 bpm this morning, 7 above your 60-day average of 49". */
    public String words() {
        return switch (status) {
            case LEARNING -> "resting heart rate: " + learning.orElseThrow().words();
            case NO_READING_TODAY -> "resting heart rate: no reading this morning (your 60-day average is "
                    + Figures.oneDecimal(baselineBpm.orElseThrow().mean()) + " bpm)";
            case USUAL, WELL_ABOVE -> "resting heart rate " + Figures.oneDecimal(thisMorningBpm.orElseThrow())
                    + " bpm this morning, " + difference() + " your 60-day average of "
                    + Figures.oneDecimal(baselineBpm.orElseThrow().mean());
        };
    }

    private String difference() {
        double above = aboveBaselineBpm().orElseThrow();
        return Math.abs(above) < 0.05 ? "level with"
                : Figures.oneDecimal(Math.abs(above)) + (above > 0 ? " above" : " below");
    }
}
