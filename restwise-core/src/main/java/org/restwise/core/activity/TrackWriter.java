package org.restwise.core.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reader writes an activity into, point by point: set what the point has, then
 * {@link #addPoint()}. Points are handed to a {@link TrackSink} in chunks of {@link #CHUNK_POINTS},
 * so the writer itself holds one chunk whatever the file's length. Values are checked as
 * {@link Sample} checks them.
 */
public final class TrackWriter<R> {

    /** Large enough that the per-chunk work vanishes, small enough (~200 KB) to stay in the caches. */
    static final int CHUNK_POINTS = 4096;

    private final TrackSink<R> sink;
    private final SampleColumns.Builder chunk = new SampleColumns.Builder();
    private boolean inSegment;
    private long points;

    public TrackWriter(TrackSink<R> sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Starts a segment, ending the one still open (its points are kept). */
    public void startSegment() {
        endSegment();
        sink.startSegment();
        inSegment = true;
    }

    public boolean inSegment() {
        return inSegment;
    }

    /** Ends the open segment, if any. */
    public void endSegment() {
        if (!inSegment) {
            return;
        }
        flush();
        sink.endSegment();
        inSegment = false;
    }

    public TrackWriter<R> time(Instant time) {
        chunk.time(time);
        return this;
    }

    public TrackWriter<R> position(double latitudeDegrees, double longitudeDegrees) {
        chunk.position(latitudeDegrees, longitudeDegrees);
        return this;
    }

    public TrackWriter<R> elevationMeters(double meters) {
        chunk.elevationMeters(meters);
        return this;
    }

    public TrackWriter<R> heartRateBpm(int bpm) {
        chunk.heartRateBpm(bpm);
        return this;
    }

    public TrackWriter<R> cadencePerMinute(int perMinute) {
        chunk.cadencePerMinute(perMinute);
        return this;
    }

    public TrackWriter<R> deviceDistanceMeters(double meters) {
        chunk.deviceDistanceMeters(meters);
        return this;
    }

    /** Ends the point being set; it belongs to the open segment. */
    public void addPoint() {
        if (!inSegment) {
            throw new IllegalStateException("a point outside a segment");
        }
        chunk.addPoint();
        points++;
        if (chunk.size() == CHUNK_POINTS) {
            flush();
        }
    }

    public void add(Sample sample) {
        sample.time().ifPresent(this::time);
        sample.position().ifPresent(p -> position(p.latitudeDegrees(), p.longitudeDegrees()));
        sample.elevationMeters().ifPresent(this::elevationMeters);
        sample.heartRateBpm().ifPresent(this::heartRateBpm);
        sample.cadencePerMinute().ifPresent(this::cadencePerMinute);
        sample.deviceDistanceMeters().ifPresent(this::deviceDistanceMeters);
        addPoint();
    }

    /** Points added so far, over all segments. */
    public long pointCount() {
        return points;
    }

    /** Ends the open segment and hands the activity's own figures to the sink. */
    public R finish(Sport sport, DeviceTotals deviceTotals, boolean wallClockTimes) {
        endSegment();
        return sink.finish(sport, deviceTotals, wallClockTimes);
    }

    private void flush() {
        if (!chunk.isEmpty()) {
            sink.points(chunk.build());
            chunk.clear();
        }
    }
}
