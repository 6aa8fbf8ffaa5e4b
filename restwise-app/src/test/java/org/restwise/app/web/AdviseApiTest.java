package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.app.ContractExample;

class AdviseApiTest {

    static final String CONTRACT_EXAMPLE = ContractExample.text();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningWebApp web;

    @BeforeAll
    static void start() {
        web = new RunningWebApp();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theContractExampleGivesTheContractDecision() throws Exception {
        HttpResponse<String> response = web.post("/api/advise", "application/json", CONTRACT_EXAMPLE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode out = JSON.readTree(response.body());
        assertThat(out.get("decision").asText()).isEqualTo("MOVE");
        assertThat(out.get("state").asText()).isEqualTo("STALE_LEGS");
        assertThat(out.at("/prescription/modalities").toString()).isEqualTo("[\"WALK\",\"CYCLE\",\"SWIM\",\"AQUA_JOG\"]");
        assertThat(out.at("/prescription/minutes").toString()).isEqualTo("{\"min\":20,\"max\":40}");
        assertThat(out.at("/prescription/heartRate").toString()).isEqualTo("{\"min\":93,\"max\":130}");
        assertThat(out.at("/prescription/rpe").toString()).isEqualTo("{\"min\":3,\"max\":4}");
        assertThat(out.get("evidence").get(0).get("doi").asText()).startsWith("10.");
    }

    @Test
    void theResponseHasExactlyTheContractFieldsInOrder() throws Exception {
        JsonNode out = JSON.readTree(web.post("/api/advise", "application/json; charset=utf-8", CONTRACT_EXAMPLE).body());

        List<String> names = new ArrayList<>();
        out.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("decision", "state", "scenarios", "redFlags", "prescription",
                "priorities", "avoid", "reasons", "evidence", "followUp");
    }

    @Test
    void anEmptyCheckInIsAnsweredWithTrainAndNoPrescriptionNull() throws Exception {
        JsonNode out = JSON.readTree(web.post("/api/advise", "application/json", "{}").body());

        assertThat(out.get("decision").asText()).isEqualTo("TRAIN");
        assertThat(out.get("state").asText()).isEqualTo("NO_LIMITER");
    }

    @Test
    void sharpPainOverTheApiMeansReassess() throws Exception {
        JsonNode out = JSON.readTree(web.post("/api/advise", "application/json",
                "{\"signals\": {\"sharpPain\": true, \"oneSidedPain\": true}}").body());

        assertThat(out.get("decision").asText()).isEqualTo("REASSESS");
        assertThat(out.get("prescription").isNull()).isTrue();
        assertThat(out.get("priorities").toString()).contains("MEDICAL_ASSESSMENT", "REDUCED_LOAD");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"signals": {"sorenes": 3}}                  | signals.sorenes           | did you mean "soreness"
            {"signals": {"soreness": 11}}                | signals.soreness          | between 0 and 10
            {"signals": {"heavyLegs": "yes"}}            | signals.heavyLegs         | true or false
            {"context": {"lastSession": "MARATHON"}}     | context.lastSession       | expected one of
            {"athlete": {"maxHeartRate": 400}}           | athlete.maxHeartRate      | between 25 and 250
            {"date": "yesterday"}                        | date                      | a date like
            {"redFlag": true}                            | redFlag                   | unknown field
            """)
    void badInputIs400WithTheFieldNamed(String body, String field, String problem) throws Exception {
        HttpResponse<String> response = web.post("/api/advise", "application/json", body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("error").asText()).contains(problem);
    }

    @Test
    void malformedJsonIs400WithoutAField() throws Exception {
        HttpResponse<String> response = web.post("/api/advise", "application/json", "{\"signals\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).startsWith("the input is not valid JSON");
        assertThat(error.get("field").isNull()).isTrue();
    }

    @Test
    void aFormBodyIs415() throws Exception {
        HttpResponse<String> response = web.post("/api/advise", "application/x-www-form-urlencoded", "signals.soreness=3");

        assertThat(response.statusCode()).isEqualTo(415);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).contains("application/json");
        assertThat(error.has("field")).isTrue();
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        String huge = "{\"date\": \"" + "x".repeat(1024 * 1024) + "\"}";

        HttpResponse<String> response = web.post("/api/advise", "application/json", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("larger than 1024 KiB");
    }

    @Test
    void anUnknownApiRouteIs404AsJson() throws Exception {
        HttpResponse<String> response = web.get("/api/check-inz");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).isEqualTo("nothing here: GET /api/check-inz");
        assertThat(error.get("field").isNull()).isTrue();
    }

    @Test
    void anUnknownPageIs404AsAPage() {
        HttpResponse<String> response = web.get("/journal-of-nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>").contains("/journal-of-nothing");
    }

    @Test
    void noErrorShowsAStackTrace() {
        List<HttpResponse<String>> errors = List.of(
                web.post("/api/advise", "application/json", "[1, 2"),
                web.post("/api/advise", "text/plain", "{}"),
                web.post("/api/advise", "application/json", "{\"signals\": {\"soreness\": 1e400}}"),
                web.post("/ten-minute-test", "application/x-www-form-urlencoded", "checkIn=%7Bnope&tenMinuteTest=LOOSENED"),
                web.get("/api/nothing"));

        assertThat(errors).allSatisfy(response -> {
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
        });
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsThatExist() throws Exception {
        HttpResponse<String> response = web.get("/api/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JSON.readTree(response.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/advise", "/api/openapi.json", "/api/check-ins", "/api/today",
                "/api/sessions", "/api/profile", "/api/load", "/api/activities", "/api/activities/{id}", "/api/squads",
                "/api/squads/{id}/today", "/api/athletes/{id}/notes", "/api/body", "/api/athletes/{id}/body");
        assertThat(doc.at("/paths/~1api~1activities/post/responses").has("413")).isTrue();
        assertThat(doc.at("/paths/~1api~1advise/post/responses").has("415")).isTrue();
        assertThat(doc.at("/components/schemas/Advice/required").size()).isEqualTo(10);
    }

    @Test
    void browserLibrariesComeFromTheJarNotACdn() {
        assertThat(web.get(Assets.HTMX).statusCode()).isEqualTo(200);
        assertThat(web.get(Assets.CHART_JS).statusCode()).isEqualTo(200);
        assertThat(web.get("/static/restwise.css").body()).contains(".decision");
        assertThat(web.get("/").body()).doesNotContain("https://cdn").contains(Assets.HTMX);
    }
}
