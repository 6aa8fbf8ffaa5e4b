package org.restwise.app.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.restwise.app.json.InputFieldException;
import org.restwise.core.plan.WeeklyVolume;

/**
 * The recent weeks a recovery week is scaled from, as the runner gives them (minutes per week,
 * oldest first) and checked the same way on the command line and in the browser.
 */
public final class RecentWeeks {

    /** A week has 10,080 minutes; more than that is a typo. */
    public static final double MAX_MINUTES = 7 * 24 * 60;
    public static final int MAX_RUNS_PER_WEEK = 14;

    private RecentWeeks() {
    }

    /** The weeks ending the day before {@code firstDay}, oldest first. */
    public static List<WeeklyVolume> of(String field, List<Double> minutes, int runsPerWeek, LocalDate firstDay) {
        if (minutes.isEmpty()) {
            throw new InputFieldException(field, "give at least one recent week");
        }
        List<WeeklyVolume> weeks = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            double week = minutes.get(i);
            if (!(week >= 0 && week <= MAX_MINUTES)) {
                throw new InputFieldException(field, "week " + (i + 1) + " must be between 0 and 10080, got " + week);
            }
            weeks.add(new WeeklyVolume(firstDay.minusWeeks(minutes.size() - i), week, runsPerWeek, 0));
        }
        return weeks;
    }

    public static void checkRunsPerWeek(String field, int runsPerWeek) {
        if (runsPerWeek < 0 || runsPerWeek > MAX_RUNS_PER_WEEK) {
            throw new InputFieldException(field, "must be between 0 and " + MAX_RUNS_PER_WEEK + ", got " + runsPerWeek);
        }
    }

    public static void checkVolumePercent(String field, double percent) {
        if (!(percent > 0 && percent < 100)) {
            throw new InputFieldException(field, "must be between 0 and 100, got " + percent);
        }
    }
}
