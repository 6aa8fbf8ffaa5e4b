package org.restwise.core.activity;

import java.util.List;

/**
 * An unbroken stretch of recording. Between two segments the device stopped recording (a pause,
 * a lost fix): no distance or moving time is counted across the gap.
 */
public record TrackSegment(List<Sample> samples) {

    public TrackSegment {
        samples = List.copyOf(samples);
    }
}
