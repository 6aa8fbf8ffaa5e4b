package org.restwise.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.journal.LoggedSession;

/**
 * Any text given to the check-in and session parsers (what {@code advise}, {@code check-in},
 * {@code log} and the API read) is either accepted or refused with an {@link InputFieldException}
 * of one line; any other exception is a bug. What is accepted is written back as the contract spells
 * it and read again unchanged, so nothing is accepted that the journal could not give back. Plain
 * {@code mvn test} replays the seeds and the inputs fuzzing found; {@code bench/fuzz.sh} fuzzes them.
 */
class JsonFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @FuzzTest(maxDuration = "60s")
    void checkInParserOnlyRefusesWithAFieldAndAReason(byte[] input) {
        CheckIn checkIn;
        try {
            checkIn = CheckInJson.parse(new String(input, StandardCharsets.UTF_8), TODAY);
        } catch (InputFieldException refused) {
            assertThat(refused.getMessage()).doesNotContain("\n");
            return;
        }
        String written = CheckInInputJson.write(checkIn).toString();
        assertThat(CheckInJson.parse(written, TODAY)).as(written).isEqualTo(checkIn);
    }

    @FuzzTest(maxDuration = "60s")
    void sessionParserOnlyRefusesWithAFieldAndAReason(byte[] input) {
        LoggedSession session;
        try {
            session = SessionJson.parse(new String(input, StandardCharsets.UTF_8));
        } catch (InputFieldException refused) {
            assertThat(refused.getMessage()).doesNotContain("\n");
            return;
        }
        String written = SessionJson.write(Optional.empty(), session).toString();
        assertThat(SessionJson.parse(written)).as(written).isEqualTo(session);
    }
}
