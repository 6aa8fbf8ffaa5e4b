package org.restwise.app.cli;

/**
 * The command line names the heart-rate values by its options (--max-hr), not by the check-in's
 * field paths (athlete.maxHeartRate): a refusal says what the runner typed.
 */
final class HeartRateOptions {

    private HeartRateOptions() {
    }

    static UserInputException refusal(IllegalArgumentException e) {
        return new UserInputException(e.getMessage()
                .replace("athlete.maxHeartRate", "--max-hr")
                .replace("athlete.restingHeartRate", "--resting-hr")
                .replace("athlete.lactateThresholdHeartRate", "--threshold-hr")
                .replace("athlete.usualDomsDays", "--usual-doms-days"), e);
    }
}
