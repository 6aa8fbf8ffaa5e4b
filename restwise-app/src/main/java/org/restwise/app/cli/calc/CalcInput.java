package org.restwise.app.cli.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.restwise.app.cli.UserInputException;
import org.restwise.core.terrain.GradeCostModel;

/** Checks shared by the calculators: each refusal names the option the runner typed. */
final class CalcInput {

    private CalcInput() {
    }

    /** The grade as a fraction, refused when outside what the model was fitted on. */
    static double gradeFraction(String option, double percent, GradeCostModel model) {
        try {
            return model.requireFittedGrade(percent / 100);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + ": " + e.getMessage());
        }
    }

    static double notNegative(String option, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new UserInputException(option + ": must be a number, 0 or more, got " + plain(value));
        }
        return value;
    }

    /** Rounds for output: figures to a sensible precision, not binary noise like 0.30000000000000004. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
