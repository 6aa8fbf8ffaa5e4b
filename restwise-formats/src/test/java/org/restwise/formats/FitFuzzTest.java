package org.restwise.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.restwise.core.activity.ActivityAnalyzer;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.MeasuredActivity;

/**
 * Any bytes given to the FIT reader either read, within physical bounds, or raise
 * {@link UnreadableActivityException}; any other exception is a bug. Plain {@code mvn test} replays
 * the seeds and the inputs fuzzing found; {@code bench/fuzz.sh} fuzzes every target for a fixed time.
 */
class FitFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void fitReaderOnlyFailsWithAReason(byte[] input) {
        MeasuredActivity read;
        try {
            read = new FitReader().read(new ByteArrayInputStream(input), "fuzz.fit",
                    ActivityAnalyzer.standard().measurerWithProfile(ActivityProfile.DEFAULT_POINTS));
        } catch (UnreadableActivityException expected) {
            return; // a clear refusal is the right answer to garbage
        }
        PhysicalBounds.check(read);
    }
}
