package org.restwise.core.activity;

import java.util.List;

/**
 * An unbroken stretch of recording. Between two segments the device stopped recording (a pause,
 * a lost fix): no distance or moving time is counted across the gap.
 *
 * @param samples in recording order; kept as {@link SampleColumns}, an immutable list
 */
public record TrackSegment(List<Sample> samples) {

    public TrackSegment {
        samples = SampleColumns.of(samples);
    }

    /** The samples as columns, for measuring without a {@link Sample} per point. */
    SampleColumns columns() {
        return (SampleColumns) samples;
    }
}
