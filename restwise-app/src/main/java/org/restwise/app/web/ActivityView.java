package org.restwise.app.web;

import java.util.ArrayList;
import java.util.List;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ProfileSplits;
import org.restwise.core.units.Lengths;
import org.restwise.core.units.Pace;
import org.restwise.core.units.PaceUnit;

/**
 * One activity's page.
 *
 * @param chartJson distance, elevation, pace and GAP series in the runner's units for restwise-activity.js; "" without a profile
 */
public record ActivityView(ActivityRow activity, String chartJson, boolean imperial, List<SplitRow> splits) {

    /** One kilometre (or mile) of the activity, in words for the table; "—" where the file has no times. */
    public record SplitRow(String label, String time, String gap, String up, String down, String heartRate) {
    }

    public ActivityView {
        splits = List.copyOf(splits);
    }

    public boolean hasCharts() {
        return !chartJson.isEmpty();
    }

    /** Whether any split has a heart rate: a file without one gets no column of dashes. */
    public boolean splitsHaveHeartRate() {
        return splits.stream().anyMatch(s -> !s.heartRate().equals("—"));
    }

    /** A pace without its unit ("5:22"): the column's heading names the unit once, so the table fits a phone. */
    private static String clock(double secondsPerKm, boolean imperial) {
        PaceUnit unit = imperial ? PaceUnit.PER_MILE : PaceUnit.PER_KILOMETRE;
        return Pace.ofSecondsPerKilometre(secondsPerKm).format(unit);
    }

    /** "min/km" or "min/mile", for the pace columns' headings. */
    public String paceUnit() {
        return (imperial ? PaceUnit.PER_MILE : PaceUnit.PER_KILOMETRE).label();
    }

    /** The splits' first heading: "Km" or "Mile". */
    public String splitHeading() {
        return imperial ? "Mile" : "Km";
    }

    public String splitUnit() {
        return imperial ? "mile" : "km";
    }

    /** The splits of a profile, per kilometre or per mile as the runner reads distance. */
    static List<SplitRow> splits(ActivityProfile profile, boolean imperial) {
        double length = imperial ? Lengths.KILOMETRES_PER_MILE * 1000 : 1000;
        List<SplitRow> rows = new ArrayList<>();
        for (ProfileSplits.Split s : ProfileSplits.of(profile, length)) {
            boolean whole = Math.abs(s.meters() - length) < 1;
            String label = s.number()
                    + (whole ? "" : " (" + ActivityRow.distance(s.meters(), imperial) + ")");
            rows.add(new SplitRow(label,
                    s.movingSeconds().map(ActivityRow::duration).orElse("—"),
                    s.gapSecondsPerKm().map(p -> clock(p, imperial)).orElse("—"),
                    ActivityRow.elevation(s.ascentMeters(), imperial), ActivityRow.elevation(s.descentMeters(), imperial),
                    s.avgHeartRateBpm().map(String::valueOf).orElse("—")));
        }
        return rows;
    }
}
