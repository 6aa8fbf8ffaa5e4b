package org.restwise.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/** Content sniffing and gzip: any bytes read or fail with a reason. */
class ArchiveFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyStreamOnlyFailsWithAReason(byte[] input) {
        try {
            new ActivityFiles().readOne(new ByteArrayInputStream(input), "fuzz.gz");
        } catch (UnreadableActivityException expected) {
            // refused with a sentence
        }
    }
}
