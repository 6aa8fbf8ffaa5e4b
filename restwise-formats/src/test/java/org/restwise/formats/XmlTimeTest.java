package org.restwise.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlTimeTest {

    @ParameterizedTest
    @CsvSource({
        "2024-05-01T10:00:00Z, 2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00.5Z, 2024-05-01T10:00:00.500Z",
        "1901-12-13T20:45:52.2073437Z, 1901-12-13T20:45:52.2073437Z",
        "2024-05-01T12:00:00+02:00, 2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00, 2024-05-01T10:00:00Z",
        "' 2024-05-01T10:00:00.000Z ', 2024-05-01T10:00:00Z",
    })
    void readsTheTimestampFormsRealFilesUse(String text, String expected) {
        assertThat(XmlInput.parseTime(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2024-13-01T10:00:00Z", "2024-05-01T25:00:00Z", "yesterday", "2024-05-01T10:00:0xZ"})
    void refusesWhatIsNotATimestamp(String text) {
        assertThatThrownBy(() -> XmlInput.parseTime(text)).isInstanceOf(DateTimeException.class);
    }
}
