package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page forms given what no browser of theirs sends: each refusal is said in words on the page,
 * beside the field when there is one, never a 500 or a stack trace, and nothing is stored.
 */
class HostileFormsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private final RunningWebApp web = new RunningWebApp();

    @AfterEach
    void stop() {
        web.close();
    }

    /** The page came back with the problem in words, and the server still serves. */
    private void assertRefusedOnThePage(HttpResponse<String> response, String problem) {
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body().replace("&#34;", "\""))
                .contains(problem)
                .containsPattern("class=\"(field|form)-error\"")
                .doesNotContain("Exception", "\tat ", "something went wrong");
        assertThat(web.get("/").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "calc=flat&flat.distance=1e308&flat.grade=0          | is far too large: 1e308",
        "calc=flat&flat.distance=1e309&flat.grade=0          | is far too large: 1e309",
        "calc=flat&flat.distance=5000&flat.grade=0           | must be between 0 and 1000 km, got 5000",
        "calc=effort&effort.distance=1e308&effort.ascent=1   | is far too large: 1e308",
        "calc=effort&effort.distance=10&effort.ascent=1e309  | is far too large: 1e309",
        "calc=effort&effort.distance=10&effort.ascent=90000  | must be between 0 and 50000 metres, got 90000",
        "calc=effort&effort.distance=-1&effort.ascent=100    | must be between 0 and 1000 km, got -1",
        "calc=gap&gap.grade=1e308&gap.pace=5:00              | is far too large: 1e308",
        "calc=zones&zones.max=1e308                          | is far too large: 1e308",
        "calc=zones&zones.max=180&zones.resting=-1e999999999 | is far too large: -1e999999999",
    })
    void aCalculatorGivenAnAbsurdNumberSaysSoBesideTheField(String query, String problem) {
        assertRefusedOnThePage(web.get("/calculators?" + query), problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "signals.heavyLegs=maybe                       | must be ticked (true) or left out, got \"maybe\"",
        "signals.sharpPain=1                           | must be ticked (true) or left out, got \"1\"",
        "signals.soreness=1&signals.soreness=6         | was sent 2 times; send it once",
        "signals.ill=true&signals.ill=false            | was sent 2 times; send it once",
    })
    void aCheckInFormWithAValueTheFormNeverSendsIsRefusedBesideTheFieldAndNotStored(String form, String problem) {
        assertRefusedOnThePage(web.post("/", FORM, form), problem);
        assertThat(web.get("/api/check-ins").body()).isEqualTo("[ ]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "checkIn=%7B%22signals%22%3A%5B%5D%7D&tenMinuteTest=BETTER | signals: must be an object, got array",
        "checkIn=%7B%22signals%22%3A3%7D&tenMinuteTest=BETTER      | signals: must be an object, got number",
        "checkIn=%7B%7D%20xyz&tenMinuteTest=BETTER                 | more follows after the object ends",
        "checkIn=%5B%5D&tenMinuteTest=BETTER                       | the input must be a JSON object, got array",
        "checkIn=%7B%7D&tenMinuteTest=BETTER&tenMinuteTest=WORSE   | tenMinuteTest: was sent 2 times; send it once",
        "checkIn=%7B%7D&tenMinuteTest=SIDEWAYS                     | unknown value \"SIDEWAYS\"",
    })
    void aTenMinuteTestCarryingABrokenCheckInIsRefusedInWords(String form, String problem) {
        HttpResponse<String> response = web.post("/ten-minute-test", FORM, form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertRefusedOnThePage(response, problem);
        assertThat(web.get("/api/check-ins").body()).isEqualTo("[ ]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "date=2026-11-28&type=RECOVERY&minutes=20&recovery.modality=WALK&recovery.leftFlatter=maybe | must be yes, no or left blank, got \"maybe\"",
        "date=2026-11-28&type=EASY&minutes=20&minutes=200                                            | was sent 2 times; send it once",
        "date=2026-11-28&date=2026-11-27&type=EASY&minutes=20                                        | was sent 2 times; send it once",
    })
    void aSessionFormWithAValueTheFormNeverSendsIsRefusedAndNothingIsLogged(String form, String problem) {
        assertRefusedOnThePage(web.post("/journal/sessions", FORM, form), problem);
        assertThat(web.get("/api/sessions").body()).isEqualTo("[ ]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "name=Ann&name=Bob          | was sent 2 times; send it once",
        "maxHeartRate=1e308         | is far too large: 1e308",
        "name=Ann%1B%5B2J           | must be plain text, without control characters (found U+001B)",
        "name=Ann%E2%80%AEevil      | must be plain text, without control characters (found U+202E)",
    })
    void aProfileFormWithARepeatedOrAbsurdFieldIsRefusedAndNothingIsSaved(String form, String problem) {
        assertRefusedOnThePage(web.post("/profile", FORM, form), problem);
        assertThat(web.get("/api/profile").body()).contains("\"name\": null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/plans?plan=recovery-week&weeklyMinutes=300&runningNotTolerated=maybe | must be ticked (true) or left out, got \"maybe\"",
        "/plans?plan=recovery-week&plan=post-race&weeklyMinutes=300            | plan: was sent 2 times; send it once",
        "/calculators?calc=zones&calc=gap&zones.max=180                        | calc: was sent 2 times; send it once",
        "/calculators?calc=zones&zones.max=180&zones.max=190                   | was sent 2 times; send it once",
    })
    void aPlanOrCalculatorLinkWithARepeatedOrUnknownValueIsRefusedInWords(String link, String problem) {
        assertRefusedOnThePage(web.get(link), problem);
    }

    @ParameterizedTest
    @CsvSource({"0000-01-01", "1899-12-31", "9999-12-31", "+999999999-12-31"})
    void aSessionFormDatedOutsideThePlausibleRangeIsRefusedBesideTheDate(String date) {
        HttpResponse<String> response = web.post("/journal/sessions", FORM, "date=" + date.replace("+", "%2B") + "&type=EASY&minutes=30");

        assertRefusedOnThePage(response, "must be between 1900-01-01 and 2026-11-30 (no later than tomorrow), got " + date);
        assertThat(web.get("/api/sessions?days=3660").body()).isEqualTo("[ ]");
    }

    @ParameterizedTest
    @CsvSource({"-999999999-01-01", "9999-12-31"})
    void aTenMinuteTestCarryingAnImplausibleDateIsRefusedInWords(String date) {
        HttpResponse<String> response = web.post("/ten-minute-test", FORM,
                "tenMinuteTest=LOOSENED&checkIn=" + java.net.URLEncoder.encode("{\"date\":\"" + date + "\"}", java.nio.charset.StandardCharsets.UTF_8));

        assertRefusedOnThePage(response, "date: must be between 1900-01-01 and 2026-11-30 (no later than tomorrow), got " + date);
        assertThat(web.get("/api/check-ins?days=3660").body()).isEqualTo("[ ]");
    }
}
