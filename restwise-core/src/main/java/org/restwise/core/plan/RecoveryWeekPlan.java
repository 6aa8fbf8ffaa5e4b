package org.restwise.core.plan;

import java.util.List;

/**
 * A lighter week: volume well below the recent average, intensity nearly gone, easy-run frequency
 * kept when it is well tolerated, non-impact sessions for aerobic rhythm without impact.
 *
 * @param recentWeeklyMinutes average weekly minutes over the weeks read
 * @param weeksWithData how many of those weeks had any training logged
 * @param targetMinutes the week's target volume, minutes
 * @param runs easy runs planned
 * @param days the seven days
 * @param notes the method and its caveats
 */
public record RecoveryWeekPlan(
        double recentWeeklyMinutes, int weeksWithData, int targetMinutes, int runs, List<PlanDay> days, List<String> notes) {

    public RecoveryWeekPlan {
        days = List.copyOf(days);
        notes = List.copyOf(notes);
    }
}
