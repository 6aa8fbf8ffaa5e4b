package org.restwise.core.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every point: the whole {@link Activity}, for tests and tools that look at single samples.
 * Memory grows with the file (about 50 bytes a point); measuring needs no collector.
 */
public final class ActivityCollector implements TrackSink<Activity> {

    private final List<TrackSegment> segments = new ArrayList<>();
    private List<SampleColumns> segment;

    @Override
    public void startSegment() {
        segment = new ArrayList<>();
    }

    @Override
    public void points(SampleColumns chunk) {
        segment.add(chunk);
    }

    @Override
    public void endSegment() {
        SampleColumns joined = SampleColumns.concat(segment);
        if (!joined.isEmpty()) {
            segments.add(new TrackSegment(joined));
        }
        segment = null;
    }

    @Override
    public Activity finish(Sport sport, DeviceTotals deviceTotals, boolean wallClockTimes) {
        return new Activity(sport, segments, deviceTotals, wallClockTimes);
    }
}
