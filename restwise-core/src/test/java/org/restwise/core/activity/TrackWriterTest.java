package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackWriterTest {

    /** Records what a sink is given. */
    private static final class Recording implements TrackSink<List<String>> {
        final List<String> calls = new ArrayList<>();

        @Override
        public void startSegment() {
            calls.add("start");
        }

        @Override
        public void points(SampleColumns chunk) {
            calls.add("points " + chunk.size());
        }

        @Override
        public void endSegment() {
            calls.add("end");
        }

        @Override
        public List<String> finish(Sport sport, DeviceTotals deviceTotals, boolean wallClockTimes) {
            calls.add("finish " + sport);
            return calls;
        }
    }

    @Test
    void aLongSegmentReachesTheSinkInChunksSoTheWriterHoldsOneChunk() {
        TrackWriter<List<String>> writer = new TrackWriter<>(new Recording());
        writer.startSegment();
        for (int i = 0; i < 2 * TrackWriter.CHUNK_POINTS + 5; i++) {
            writer.time(Instant.ofEpochSecond(i)).position(45, 7).addPoint();
        }
        List<String> calls = writer.finish(Sport.RUNNING, DeviceTotals.NONE, true);

        assertThat(calls).containsExactly("start", "points 4096", "points 4096", "points 5", "end", "finish RUNNING");
        assertThat(writer.pointCount()).isEqualTo(2L * TrackWriter.CHUNK_POINTS + 5);
    }

    @Test
    void startingASegmentEndsTheOpenOneAndKeepsItsPoints() {
        TrackWriter<List<String>> writer = new TrackWriter<>(new Recording());
        writer.startSegment();
        writer.position(45, 7).addPoint();
        writer.startSegment();
        writer.position(45, 7).addPoint();

        assertThat(writer.finish(Sport.UNKNOWN, DeviceTotals.NONE, true))
                .containsExactly("start", "points 1", "end", "start", "points 1", "end", "finish UNKNOWN");
    }

    @Test
    void aPointOutsideASegmentIsABugInTheReader() {
        TrackWriter<List<String>> writer = new TrackWriter<>(new Recording());
        assertThatThrownBy(writer::addPoint).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesAreCheckedAsSamplesCheckThem() {
        TrackWriter<List<String>> writer = new TrackWriter<>(new Recording());
        writer.startSegment();
        assertThatThrownBy(() -> writer.heartRateBpm(0)).hasMessageContaining("heart rate");
        assertThatThrownBy(() -> writer.elevationMeters(Double.NaN)).hasMessageContaining("elevation");
    }
}
