package org.restwise.core.activity;

/**
 * Receives an activity as a reader decodes it: segments of points, a chunk of consecutive points at
 * a time, then what the file says about the whole. A sink that measures keeps running totals
 * instead of the points, so reading a file of any length needs the same memory.
 *
 * <p>Calls come in this order: ({@link #startSegment()} {@link #points}* {@link #endSegment()})*
 * {@link #finish}. A segment may be empty.
 *
 * @param <R> what the sink makes of the activity
 */
public interface TrackSink<R> {

    void startSegment();

    /** The next points of the current segment, in recording order; only valid during the call. */
    void points(SampleColumns chunk);

    void endSegment();

    /**
     * @param wallClockTimes false when the file's timestamps count from the device's power-on
     */
    R finish(Sport sport, DeviceTotals deviceTotals, boolean wallClockTimes);
}
