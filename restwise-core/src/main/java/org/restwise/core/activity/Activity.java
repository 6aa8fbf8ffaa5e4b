package org.restwise.core.activity;

import java.util.List;
import java.util.Objects;

/**
 * A recorded activity: its sport, its samples in recording order, split into segments where the
 * recording broke, and the totals the device wrote beside them.
 *
 * @param wallClockTimes false when the file's timestamps count from the device's power-on rather
 *                       than from a real date (old FIT devices): durations hold, the start does not
 */
public record Activity(Sport sport, List<TrackSegment> segments, DeviceTotals deviceTotals, boolean wallClockTimes) {

    public Activity {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(deviceTotals, "deviceTotals");
        segments = List.copyOf(segments);
    }

    public Activity(Sport sport, List<TrackSegment> segments, DeviceTotals deviceTotals) {
        this(sport, segments, deviceTotals, true);
    }

    /** Number of samples over all segments. */
    public int sampleCount() {
        return segments.stream().mapToInt(s -> s.samples().size()).sum();
    }
}
