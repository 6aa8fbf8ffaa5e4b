package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.restwise.core.activity.Activity;
import org.restwise.core.activity.ActivityAnalyzer;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.MeasuredActivity;

/**
 * Any bytes given to the GPX reader either read, within physical bounds, or raise
 * {@link UnreadableActivityException}; any other exception is a bug. And whenever the fast path
 * reads a file, it reads what the full parser reads. Plain {@code mvn test} replays the seeds and the
 * inputs fuzzing found; {@code bench/fuzz.sh} fuzzes every target for a fixed time.
 */
class GpxFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void gpxReaderOnlyFailsWithAReason(byte[] input) {
        MeasuredActivity read;
        try {
            read = new GpxReader().read(new ByteArrayInputStream(input), "fuzz.gpx",
                    ActivityAnalyzer.standard().measurerWithProfile(ActivityProfile.DEFAULT_POINTS));
        } catch (UnreadableActivityException expected) {
            return; // a clear refusal is the right answer to garbage
        }
        PhysicalBounds.check(read);
    }

    @FuzzTest(maxDuration = "60s")
    void fastPathReadsWhatTheFullParserReads(byte[] input) {
        Activity fast;
        try {
            fast = new GpxReader().readPlain(new ByteArrayInputStream(input), "fuzz.gpx");
        } catch (Exception declined) {
            return; // the full parser reads it instead, whatever went wrong
        }
        Activity full;
        try {
            full = new GpxReader().read(new ByteArrayInputStream(input), "fuzz.gpx");
        } catch (UnreadableActivityException e) {
            throw new AssertionError("the fast path read what the full parser refuses: " + e.reason(), e);
        }
        assertThat(fast).isEqualTo(full);
    }
}
