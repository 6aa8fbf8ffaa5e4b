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

    /** The page came back with the problem in words (jte escapes quotes), and the server still serves. */
    private void assertRefusedOnThePage(HttpResponse<String> response, String problem) {
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body())
                .contains(problem.replace("\"", "&#34;"))
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
}
