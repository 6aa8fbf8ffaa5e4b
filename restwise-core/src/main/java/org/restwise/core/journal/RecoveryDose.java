package org.restwise.core.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.restwise.core.units.Measures;

/**
 * Did a recovery session stay recovery? The dose that helps is very easy and short: 50–70 % of
 * maximum heart rate, 20–40 minutes for a next-day session (DESIGN.md, "Dosing"). Beyond it the
 * session is medium work: it adds load instead of clearing it, and it leaves the runner flatter.
 *
 * <p>Three checks, each applied only when its data is known:
 * <ul>
 *   <li>longer than {@value #MAX_MINUTES} minutes;</li>
 *   <li>average heart rate above {@value #MAX_FRACTION_OF_MAX_HR} of the profile's maximum;</li>
 *   <li>grade-adjusted pace more than {@value #FASTER_THAN_EASY} faster than the runner's own easy
 *       pace (the median grade-adjusted pace of their easy sessions). Grade-adjusted pace puts the
 *       climbs back in: a walk up a steep hill at "slow" speed can cost as much as a tempo run on the
 *       flat, and this is the check that sees it when there is no heart rate.</li>
 * </ul>
 */
public final class RecoveryDose {

    /** The long end of the next-day recovery dose. */
    public static final int MAX_MINUTES = 40;
    /** The top of the easy range, as a fraction of maximum heart rate. */
    public static final double MAX_FRACTION_OF_MAX_HR = 0.70;
    /**
     * 10 % faster than easy is a clear step into steady running, more than day-to-day pace
     * scatter (about 5 % between easy runs on similar terrain).
     */
    public static final double FASTER_THAN_EASY = 0.10;
    /** Easy sessions needed before the runner's easy pace is trusted. */
    public static final int EASY_SESSIONS_FOR_EASY_PACE = 3;

    /**
     * What one recovery session showed.
     *
     * @param minutes time moving, minutes
     * @param avgHeartRateBpm average heart rate, when recorded
     * @param gradeAdjustedPaceSecondsPerKm grade-adjusted pace, when measured
     */
    public record Effort(int minutes, Optional<Integer> avgHeartRateBpm, Optional<Double> gradeAdjustedPaceSecondsPerKm) {
    }

    private RecoveryDose() {
    }

    /**
     * Why the session turned into medium work (every check that failed, joined), or empty if it
     * stayed recovery as far as the data shows.
     *
     * @param maxHeartRate the runner's maximum heart rate, when known
     * @param easyPaceSecondsPerKm the runner's easy grade-adjusted pace, when known ({@link #easyPace})
     */
    public static Optional<String> check(Effort effort, Optional<Integer> maxHeartRate, Optional<Double> easyPaceSecondsPerKm) {
        return check(effort, maxHeartRate, easyPaceSecondsPerKm, Measures.METRIC);
    }

    /** The same, paces written in the runner's units. */
    public static Optional<String> check(Effort effort, Optional<Integer> maxHeartRate, Optional<Double> easyPaceSecondsPerKm,
            Measures units) {
        List<String> reasons = new ArrayList<>();
        if (effort.minutes() > MAX_MINUTES) {
            reasons.add(effort.minutes() + " minutes is longer than the " + MAX_MINUTES + "-minute recovery dose");
        }
        if (effort.avgHeartRateBpm().isPresent() && maxHeartRate.isPresent()) {
            int ceiling = (int) Math.round(maxHeartRate.get() * MAX_FRACTION_OF_MAX_HR);
            if (effort.avgHeartRateBpm().get() > ceiling) {
                reasons.add("average heart rate " + effort.avgHeartRateBpm().get() + " bpm is above the easy range (up to "
                        + ceiling + " bpm, " + Math.round(MAX_FRACTION_OF_MAX_HR * 100) + " % of your maximum)");
            }
        }
        if (effort.gradeAdjustedPaceSecondsPerKm().isPresent() && easyPaceSecondsPerKm.isPresent()) {
            double gap = effort.gradeAdjustedPaceSecondsPerKm().get();
            double easy = easyPaceSecondsPerKm.get();
            if (gap < easy * (1 - FASTER_THAN_EASY)) {
                reasons.add("grade-adjusted pace " + units.pace(gap) + " is more than " + Math.round(FASTER_THAN_EASY * 100)
                        + " % faster than your easy pace (" + units.pace(easy) + "): the effort, hills included, was not easy");
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** The runner's easy pace: the median of their easy sessions' grade-adjusted paces, once there are enough. */
    public static Optional<Double> easyPace(List<Double> easyGradeAdjustedPaces) {
        List<Double> sorted = easyGradeAdjustedPaces.stream().sorted().collect(Collectors.toList());
        if (sorted.size() < EASY_SESSIONS_FOR_EASY_PACE) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
    }

}
