package org.restwise.formats.wellness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.restwise.core.body.WellnessDay;

/**
 * Any bytes given to any wellness reader either give days or a one-sentence refusal; any other
 * exception is a bug. The first byte picks the reader (so every reader is fuzzed, not only the one the
 * detector would choose), the rest is the file. Plain {@code mvn test} replays the seeds; {@code
 * bench/fuzz.sh} fuzzes.
 */
class WellnessFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreReadOrRefusedInOneSentence(byte[] input) {
        if (input.length == 0) {
            return;
        }
        WellnessFormat[] formats = WellnessFormat.values();
        WellnessFormat format = formats[(input[0] & 0xFF) % formats.length];
        byte[] file = Arrays.copyOfRange(input, 1, input.length);
        WellnessReader reader = new WellnessFiles(ZoneOffset.UTC).reader(format, LocalDate.of(2024, 5, 7));
        List<WellnessDay> days = new ArrayList<>();
        try {
            reader.read(new ByteArrayInputStream(file), "fuzz", days::add);
        } catch (UnreadableWellnessException expected) {
            assertThat(expected.reason()).doesNotContain("\n").isNotBlank();
            return;
        }
        assertThat(days).isNotEmpty();
    }
}
