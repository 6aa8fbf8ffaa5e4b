package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON API given what the hostile-input probe of issue 10 sent: every answer a 4xx with the
 * usual {@code {"error", "field"}} body, no stack trace, nothing stored, and the server still
 * answering a normal request afterwards.
 */
class HostileRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private final RunningWebApp web = new RunningWebApp();

    @AfterEach
    void stop() {
        web.close();
    }

    /** The refusal every hostile request must get, and proof the server is still serving. */
    private JsonNode assertRefused(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(TYPE));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.has("field")).isTrue();
        assertThat(body.get("error").asText())
                .isNotBlank()
                .doesNotContain("\n", "\tat ", "Exception", "`", "Feature", "jackson", "org.eclipse", "9223372036854775807");
        assertStillServing();
        return body;
    }

    private void assertStillServing() {
        HttpResponse<String> normal = web.post("/api/advise", TYPE, "{\"signals\":{\"soreness\":2}}");
        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(normal.body()).contains("\"decision\"");
    }

    static Stream<Arguments> documentsThatAreNotOneObject() {
        return Stream.of("{} xyz", "{}{}", "{\"signals\":{}} {\"signals\":{}}", "{\"a\":NaN}", "/* c */ {}", "{",
                "[".repeat(1200), "{\"signals\":{\"soreness\":" + "9".repeat(1200) + "}}")
                .flatMap(body -> Stream.of("/api/advise", "/api/check-ins", "/api/sessions")
                        .map(path -> Arguments.of(path, body)));
    }

    @ParameterizedTest
    @MethodSource("documentsThatAreNotOneObject")
    void aBodyThatIsNotExactlyOneJsonObjectIsRefusedInPlainWords(String path, String body) throws Exception {
        JsonNode error = assertRefused(web.post(path, TYPE, body), 400);

        assertThat(error.get("error").asText()).startsWith("the input is not valid JSON: ");
        assertThat(web.get("/api/check-ins").body()).isEqualTo("[ ]");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsAccepted() {
        HttpResponse<String> response = web.post("/api/check-ins", TYPE, "\uFEFF{\"signals\":{\"soreness\":3}}");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/check-ins, -999999999-01-01",
        "/api/check-ins, +999999999-12-31",
        "/api/check-ins, 0000-01-01",
        "/api/check-ins, 1899-12-31",
        "/api/check-ins, 9999-12-31",
        "/api/check-ins, 2027-11-30",
        "/api/advise,    -999999999-01-01",
        "/api/advise,    9999-12-31",
    })
    void aCheckInDatedOutsideThePlausibleRangeIsRefusedNamingTheDate(String path, String date) throws Exception {
        JsonNode error = assertRefused(web.post(path, TYPE, "{\"date\":\"" + date + "\"}"), 400);

        assertThat(error.get("field").asText()).isEqualTo("date");
        assertThat(error.get("error").asText())
                .isEqualTo("date: must be between 1900-01-01 and 2027-11-29 (a year from today), got " + date);
        assertThat(web.get("/api/check-ins?days=3660").body()).isEqualTo("[ ]");
    }

    @ParameterizedTest
    @CsvSource({"-999999999-01-01", "0000-01-01", "9999-12-31", "+999999999-12-31"})
    void aSessionDatedOutsideThePlausibleRangeIsRefusedNamingTheDate(String date) throws Exception {
        JsonNode error = assertRefused(web.post("/api/sessions", TYPE,
                "{\"date\":\"" + date + "\",\"type\":\"EASY\",\"minutes\":30}"), 400);

        assertThat(error.get("field").asText()).isEqualTo("date");
        assertThat(web.get("/api/sessions?days=3660").body()).isEqualTo("[ ]");
    }

    @Test
    void theEdgesOfThePlausibleRangeAreTaken() {
        assertThat(web.post("/api/check-ins", TYPE, "{\"date\":\"1900-01-01\"}").statusCode()).isEqualTo(201);
        assertThat(web.post("/api/check-ins", TYPE, "{\"date\":\"2027-11-29\"}").statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"signals\":{\"sleepHours\":1e308}}                | signals.sleepHours | got 1.0E308",
        "{\"context\":{\"hoursSinceLastSession\":-1e308}}    | context.hoursSinceLastSession | got -1.0E308",
        "{\"signals\":{\"soreness\":1e308}}                  | signals.soreness | is far too large: 1.0E308",
        "{\"signals\":{\"sleepHours\":1e99999}}              | signals.sleepHours | got Infinity",
    })
    void anAbsurdNumberIsQuotedAsGivenNotAsTheLargestLong(String body, String field, String quoted) throws Exception {
        JsonNode error = assertRefused(web.post("/api/check-ins", TYPE, body), 400);

        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("error").asText()).endsWith(quoted);
    }

    @Test
    void aSessionOfAbsurdDistanceIsQuotedAsGiven() throws Exception {
        JsonNode error = assertRefused(web.post("/api/sessions", TYPE,
                "{\"date\":\"2026-11-28\",\"type\":\"EASY\",\"minutes\":30,\"distanceKm\":1e308}"), 400);

        assertThat(error.get("error").asText()).isEqualTo("distanceKm: must be between 0 and 1000, got 1.0E308");
    }
}
