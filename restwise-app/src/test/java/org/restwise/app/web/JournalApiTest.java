package org.restwise.app.web;

import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The journal API on a fresh journal per test, at 06:30 on 2026-11-29. */
class JournalApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningWebApp web = new RunningWebApp();

    @AfterEach
    void stop() {
        web.close();
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aCheckInIsStoredWithItsDecisionAndTheContextItUsed() throws Exception {
        HttpResponse<String> response = web.post("/api/check-ins", "application/json",
                "{\"signals\":{\"soreness\":5,\"heavyLegs\":true,\"stiffness\":true}}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode out = json(response);
        assertThat(out.get("decision").asText()).isEqualTo("MOVE");
        assertThat(out.get("checkInId").asLong()).isPositive();
        assertThat(out.get("date").asText()).isEqualTo("2026-11-29");
        assertThat(out.at("/context/domsDays/value").asInt()).isEqualTo(1);
        assertThat(out.at("/context/domsDays/source").asText()).isEqualTo("derived");
        assertThat(out.at("/context/timeOfDay/source").asText()).isEqualTo("unknown");
    }

    @Test
    void aLoggedRaceIsDerivedIntoTheNextCheckIn() throws Exception {
        HttpResponse<String> logged = web.post("/api/sessions", "application/json",
                "{\"date\":\"2026-11-28\",\"start\":\"2026-11-28T05:00\",\"type\":\"HUNDRED_MILE_RACE\",\"minutes\":1500,\"descentM\":9000}");
        assertThat(logged.statusCode()).isEqualTo(201);

        JsonNode out = json(web.post("/api/check-ins", "application/json", "{\"signals\":{\"soreness\":7}}"));

        assertThat(out.at("/context/lastSession/value").asText()).isEqualTo("HUNDRED_MILE_RACE");
        assertThat(out.at("/context/lastSession/source").asText()).isEqualTo("derived");
        assertThat(out.get("decision").asText()).isEqualTo("REST");
        assertThat(out.get("scenarios").toString()).contains("SEVERE_MUSCLE_DAMAGE");
    }

    @Test
    void aSecondCheckInTheSameDayReplacesTheFirst() throws Exception {
        web.post("/api/check-ins", "application/json", "{\"signals\":{\"heavyLegs\":true}}");
        web.post("/api/check-ins", "application/json", "{\"signals\":{\"heavyLegs\":true,\"tenMinuteTest\":\"STAYED_EXPENSIVE\"}}");

        JsonNode list = json(web.get("/api/check-ins"));

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("date").asText()).isEqualTo("2026-11-29");
        assertThat(list.get(0).get("decision").asText()).isEqualTo("REST");
        assertThat(json(web.get("/api/today")).get("decision").asText()).isEqualTo("REST");
    }

    @Test
    void checkInsAreListedWithinTheDaysAsked() throws Exception {
        web.post("/api/check-ins", "application/json", "{\"date\":\"2026-11-20\",\"signals\":{\"sleepHours\":4.5}}");
        web.post("/api/check-ins", "application/json", "{\"date\":\"2026-11-28\",\"signals\":{\"soreness\":3}}");

        JsonNode lastWeek = json(web.get("/api/check-ins?days=7"));
        JsonNode fortnight = json(web.get("/api/check-ins"));

        assertThat(lastWeek).hasSize(1);
        assertThat(lastWeek.get(0).get("soreness").asInt()).isEqualTo(3);
        assertThat(fortnight).hasSize(2);
        assertThat(fortnight.get(0).get("date").asText()).isEqualTo("2026-11-20");
        assertThat(fortnight.get(0).get("sleepHours").asDouble()).isEqualTo(4.5);
        List<String> names = new ArrayList<>();
        fortnight.get(0).fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("date", "checkInId", "decision", "state", "redFlags", "soreness", "sleepHours");
    }

    @Test
    void todayWithoutACheckInIsAJson404() throws Exception {
        HttpResponse<String> response = web.get("/api/today");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").asText()).contains("no check-in yet today (2026-11-29)");
        assertThat(json(response).get("field").isNull()).isTrue();
    }

    @Test
    void todayAnswersTheStoredOutputWithItsCheckInId() throws Exception {
        long id = json(web.post("/api/check-ins", "application/json", "{}")).get("checkInId").asLong();

        JsonNode today = json(web.get("/api/today"));

        assertThat(today.get("checkInId").asLong()).isEqualTo(id);
        assertThat(today.get("decision").asText()).isEqualTo("TRAIN");
    }

    @Test
    void aSessionIsStoredThenListedWithItsId() throws Exception {
        JsonNode logged = json(web.post("/api/sessions", "application/json",
                "{\"date\":\"2026-11-29\",\"type\":\"RECOVERY\",\"minutes\":25,"
                        + "\"recovery\":{\"modality\":\"WALK\",\"loosenedWithinTenMinutes\":true,\"leftFlatter\":false}}"));

        JsonNode list = json(web.get("/api/sessions?days=1"));

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(logged.get("id").asLong());
        assertThat(list.get(0).get("type").asText()).isEqualTo("RECOVERY");
        assertThat(list.get(0).at("/recovery/modality").asText()).isEqualTo("WALK");
        assertThat(list.get(0).get("minutes").asInt()).isEqualTo(25);
    }

    @Test
    void theProfileIsReplacedWholeAndFillsTheNextCheckIn() throws Exception {
        HttpResponse<String> put = web.put("/api/profile", "application/json",
                "{\"name\":\"Kilian\",\"units\":\"IMPERIAL\",\"maxHeartRate\":185,\"usualDomsDays\":2}");
        assertThat(put.statusCode()).isEqualTo(200);

        JsonNode profile = json(web.get("/api/profile"));
        JsonNode checkIn = json(web.post("/api/check-ins", "application/json",
                "{\"signals\":{\"heavyLegs\":true,\"stiffness\":true,\"soreness\":5}}"));

        assertThat(profile.get("name").asText()).isEqualTo("Kilian");
        assertThat(profile.get("units").asText()).isEqualTo("IMPERIAL");
        assertThat(profile.get("restingHeartRate").isNull()).isTrue();
        assertThat(checkIn.at("/athlete/maxHeartRate/source").asText()).isEqualTo("profile");
        assertThat(checkIn.at("/prescription/heartRate").toString()).isEqualTo("{\"min\":93,\"max\":130}");
    }

    @Test
    void anEmptyJournalHasAnEmptyProfile() throws Exception {
        JsonNode profile = json(web.get("/api/profile"));

        assertThat(profile.get("units").asText()).isEqualTo("METRIC");
        assertThat(profile.get("maxHeartRate").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} → {3} on {4}")
    @CsvSource(delimiter = '|', value = {
        "POST | /api/check-ins | {\"signals\":{\"soreness\":11}}                       | 400 | signals.soreness",
        "POST | /api/check-ins | {\"signals\":{\"sharpPian\":true}}                    | 400 | signals.sharpPian",
        "POST | /api/sessions  | {\"date\":\"2026-11-29\",\"type\":\"EASY\"}            | 400 | minutes",
        "POST | /api/sessions  | {\"date\":\"2026-11-29\",\"type\":\"JOG\",\"minutes\":30} | 400 | type",
        "POST | /api/sessions  | {\"date\":\"2026-11-29\",\"type\":\"EASY\",\"minutes\":30,\"rpe\":12} | 400 | rpe",
        "PUT  | /api/profile   | {\"maxHeartRate\":400}                                  | 400 | maxHeartRate",
        "PUT  | /api/profile   | {\"units\":\"furlongs\"}                                | 400 | units",
        "PUT  | /api/profile   | {\"nmae\":\"x\"}                                        | 400 | nmae",
        "PUT  | /api/profile   | {\"maxHeartRate\":170,\"lactateThresholdHeartRate\":180}  | 400 | lactateThresholdHeartRate",
        "PUT  | /api/profile   | {\"maxHeartRate\":170,\"restingHeartRate\":175}          | 400 | restingHeartRate",
        "POST | /api/check-ins | {\"athlete\":{\"restingHeartRate\":60,\"lactateThresholdHeartRate\":55}} | 400 | athlete.restingHeartRate",
    })
    void badInputIsRefusedNamingTheFieldAndStoresNothing(String method, String path, String body, int status, String field)
            throws Exception {
        HttpResponse<String> response = method.equals("PUT") ? web.put(path, "application/json", body)
                : web.post(path, "application/json", body);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json(response).get("field").asText()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        assertThat(web.journal.<Boolean>read(j -> j.athlete(AthleteId.OWN_RUNNER).isEmpty())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"/api/check-ins", "/api/sessions"})
    void aBadDaysWindowIsRefused(String path) throws Exception {
        HttpResponse<String> zero = web.get(path + "?days=0");
        HttpResponse<String> word = web.get(path + "?days=week");

        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(json(zero).get("field").asText()).isEqualTo("days");
        assertThat(json(word).get("error").asText()).isEqualTo("days: must be a whole number, got \"week\"");
    }

    @ParameterizedTest
    @CsvSource({"POST, /api/check-ins", "POST, /api/sessions", "PUT, /api/profile"})
    void aBodyThatIsNotJsonIs415(String method, String path) throws Exception {
        HttpResponse<String> response = method.equals("PUT") ? web.put(path, "text/plain", "{}")
                : web.post(path, "text/plain", "{}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("error").asText()).contains("application/json");
    }

    @Test
    void aHugeCheckInIs413() throws Exception {
        HttpResponse<String> response = web.post("/api/check-ins", "application/json",
                "{\"signals\":{}," + "\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).contains("larger than");
        assertThat(web.journal.<Boolean>read(j -> j.athlete(AthleteId.OWN_RUNNER).isEmpty())).isTrue();
    }
}
