package org.restwise.core.body.normal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The HRV picture on one day (see {@link HrvBaseline} for the method). Figures are in ln rMSSD
 * (rMSSD in ms); the coefficient of variation is in percent.
 *
 * @param weekMeanLn the 7-day mean, when the week holds enough readings
 * @param weekReadings readings in the last 7 days, today included
 * @param weekCvPercent the 7-day coefficient of variation, with the mean
 * @param normal the runner's normal range, once enough days are known
 * @param learning how far the normal range has got, while it is not known
 * @param daysBelow days in a row, ending today, that the 7-day mean has been below the range
 */
public record HrvTrend(
        LocalDate date,
        HrvStatus status,
        Optional<Double> weekMeanLn,
        int weekReadings,
        Optional<Double> weekCvPercent,
        Optional<NormalRange> normal,
        Optional<Learning> learning,
        int daysBelow) {

    public HrvTrend {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        if ((status == HrvStatus.LEARNING) != learning.isPresent() || learning.isPresent() == normal.isPresent()) {
            throw new IllegalArgumentException("a trend is learning exactly when it has no normal range yet: " + status);
        }
        boolean compared = status == HrvStatus.BELOW || status == HrvStatus.WITHIN || status == HrvStatus.ABOVE;
        if (compared && weekMeanLn.isEmpty()) {
            throw new IllegalArgumentException(status + " needs a 7-day mean");
        }
        if ((status == HrvStatus.BELOW) != (daysBelow > 0) || weekReadings < 0) {
            throw new IllegalArgumentException("days below (" + daysBelow + ") must be counted exactly when " + status + " is BELOW");
        }
    }

    /** The trend in a runner's words, with its numbers. */
    public String words() {
        return switch (status) {
            case LEARNING -> "HRV: " + learning.orElseThrow().words();
            case TOO_FEW_THIS_WEEK -> "HRV: " + weekReadings + (weekReadings == 1 ? " reading" : " readings")
                    + " in the last 7 days; a 7-day average needs " + HrvBaseline.MIN_WEEK_READINGS;
            case BELOW -> (daysBelow == 1
                    ? "your 7-day HRV has dropped below your normal range today"
                    : "your 7-day HRV has been below your normal range for the " + Figures.ordinal(daysBelow) + " day")
                    + ": " + figures();
            case WITHIN -> "your 7-day HRV is within your normal range: " + figures();
            case ABOVE -> "your 7-day HRV is above your normal range: " + figures();
        };
    }

    /** "ln rMSSD 3.62 vs 3.80–4.05". */
    public String figures() {
        return "ln rMSSD " + Figures.twoDecimals(weekMeanLn.orElseThrow()) + " vs " + normal.orElseThrow().words();
    }
}
