package org.restwise.formats.wellness;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.restwise.core.body.WellnessDay;

/** Small helpers for tests that read text written in the test. */
final class Texts {

    private Texts() {
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<WellnessDay> read(WellnessReader reader, String text) throws UnreadableWellnessException {
        List<WellnessDay> days = new ArrayList<>();
        reader.read(stream(text), "test", days::add);
        return days;
    }

    /** The reason a reader refuses {@code text}; fails the test when it reads it. */
    static String refusal(WellnessReader reader, String text) {
        try {
            reader.read(stream(text), "test", day -> { });
        } catch (UnreadableWellnessException e) {
            return e.reason();
        }
        throw new AssertionError("the text was read");
    }

    /** {@code beats} alternating intervals, 1000 and 1040 ms: rMSSD 40 ms. */
    static List<Integer> alternating(int beats) {
        List<Integer> rr = new ArrayList<>();
        for (int i = 0; i < beats; i++) {
            rr.add(i % 2 == 0 ? 1000 : 1040);
        }
        return rr;
    }
}
