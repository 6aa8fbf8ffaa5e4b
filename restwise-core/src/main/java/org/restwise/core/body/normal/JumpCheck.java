package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.restwise.core.units.Measures;

/**
 * Today's jump result against the rolling baseline (see {@link JumpBaseline}), in centimetres; its
 * words in the runner's units.
 */
public record JumpCheck(
        LocalDate date,
        JumpStatus status,
        Optional<Double> todayCm,
        Optional<Spread> baselineCm,
        Optional<Learning> learning,
        Measures units) {

    /** A check worded in centimetres. */
    public JumpCheck(LocalDate date, JumpStatus status, Optional<Double> todayCm, Optional<Spread> baselineCm,
                     Optional<Learning> learning) {
        this(date, status, todayCm, baselineCm, learning, Measures.METRIC);
    }

    public JumpCheck {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(units, "units");
        if (learning.isPresent() == baselineCm.isPresent()) {
            throw new IllegalArgumentException("a jump check is learning exactly when it has no baseline yet");
        }
        if ((status == JumpStatus.NO_TEST_TODAY) == todayCm.isPresent()
                || (status == JumpStatus.LEARNING) != (todayCm.isPresent() && baselineCm.isEmpty())) {
            throw new IllegalArgumentException(status + " does not fit what is known of today's test and the baseline");
        }
        if (status == JumpStatus.NOT_RECOVERED && !JumpBaseline.notRecovered(todayCm.get(), baselineCm.get().mean())) {
            throw new IllegalArgumentException("NOT_RECOVERED needs a result well under the baseline");
        }
    }

    /** The same check, worded in {@code other} units. */
    public JumpCheck in(Measures other) {
        return new JumpCheck(date, status, todayCm, baselineCm, learning, other);
    }

    /** How far today's result is under the baseline, in centimetres (negative when over it). */
    public Optional<Double> dropCm() {
        return todayCm.flatMap(t -> baselineCm.map(b -> b.mean() - t));
    }

    /** The same drop as a percentage of the baseline. */
    public Optional<Double> dropPercent() {
        return dropCm().map(d -> 100 * d / baselineCm.orElseThrow().mean());
    }

    /** "jump 30.1 cm today, 9 % under your 28-day baseline of 33.1 cm". */
    public String words() {
        return switch (status) {
            case NO_TEST_TODAY -> "jump test: none today" + learning.map(l -> " (" + l.words() + ")").orElse("");
            case LEARNING -> "jump " + units.height(todayCm.orElseThrow()) + " today (" + learning.orElseThrow().words() + ")";
            case RECOVERED, NOT_RECOVERED -> "jump " + units.height(todayCm.orElseThrow()) + " today, "
                    + against() + " your 28-day baseline of " + units.height(baselineCm.orElseThrow().mean());
        };
    }

    private String against() {
        double drop = dropCm().orElseThrow();
        if (Math.abs(drop) < 0.05) {
            return "level with";
        }
        String size = baselineCm.orElseThrow().mean() >= JumpBaseline.HIGH_BASELINE_CM
                ? Figures.oneDecimal(Math.abs(dropPercent().orElseThrow())) + " %"
                : units.height(Math.abs(drop));
        return size + (drop > 0 ? " under" : " over");
    }
}
