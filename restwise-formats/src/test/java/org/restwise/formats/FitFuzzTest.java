package org.restwise.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Any bytes given to the FIT reader either read or raise {@link UnreadableActivityException}; any
 * other exception is a bug. Plain {@code mvn test} replays the regression inputs; fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl restwise-formats test -Dtest=FitFuzzTest}.
 */
class FitFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void fitReaderOnlyFailsWithAReason(byte[] input) {
        try {
            new FitReader().read(new ByteArrayInputStream(input), "fuzz.fit");
        } catch (UnreadableActivityException expected) {
            // a clear refusal is the right answer to garbage
        }
    }
}
