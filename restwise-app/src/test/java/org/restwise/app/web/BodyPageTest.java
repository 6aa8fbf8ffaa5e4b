package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Body page and {@code GET /api/body}: the weeks of readings against the runner's own normal, beside the decisions. */
class BodyPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
    private final RunningWebApp web = new RunningWebApp();

    @AfterEach
    void stop() {
        web.close();
    }

    private void checkIn(LocalDate date, int restingBpm) {
        HttpResponse<String> response = web.post("/api/check-ins", TYPE, "{\"date\":\"" + date + "\",\"signals\":{\"soreness\":1,"
                + "\"sleepHours\":8},\"body\":{\"restingHeartRateBpm\":" + restingBpm + "}}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void usualMonthThenAHighMorning() {
        for (int ago = 30; ago >= 1; ago--) {
            checkIn(TODAY.minusDays(ago), 44 + ago % 3);
        }
        checkIn(TODAY, 55);
    }

    @Test
    void withNothingRecordedThePageSaysHowReadingsGetThereAndDrawsNoEmptyCharts() {
        String page = web.get("/body").body();

        assertThat(page).contains("<h1 class=\"page-title\">Your body</h1>")
                .contains("No body readings yet. Upload a wellness file on <a href=\"/activities\">Activities</a>")
                .doesNotContain("<canvas").doesNotContain("id=\"body-data\"")
                .contains("<a href=\"/body\" aria-current=\"page\">Body</a>");
    }

    @Test
    void aMorningOutsideTheRunnersNormalLeadsThePageAndTheTableSaysWhereEachValueCameFrom() {
        usualMonthThenAHighMorning();

        String page = web.get("/body").body();

        assertThat(page).contains("<li class=\"outside-normal\" data-signal=\"restingHeartRate\"><strong>Outside your normal:</strong>"
                        + " Resting heart rate 55 bpm this morning, 10 above your 60-day average of 45")
                .contains("<canvas id=\"chart-resting\"")
                .contains("<tr><th scope=\"row\">Sun 29 Nov</th><td>Move</td><td>—</td><td>55 bpm (typed in)</td>")
                .contains("31 of the last 84 days hold a reading.");
        String chartJson = page.substring(page.indexOf("id=\"body-data\">") + 15, page.indexOf("</script>", page.indexOf("id=\"body-data\"")));
        assertThat(chartJson).doesNotContain("<");
    }

    @Test
    void theApiGivesEachDaysValueBesideTheNormalItWasReadAgainstAndTheDecision() throws Exception {
        usualMonthThenAHighMorning();

        JsonNode body = JSON.readTree(web.get("/api/body?days=7").body());

        assertThat(body.get("from").asText()).isEqualTo("2026-11-23");
        assertThat(body.get("days")).hasSize(7);
        JsonNode today = body.get("days").get(6);
        assertThat(today.get("date").asText()).isEqualTo("2026-11-29");
        assertThat(today.get("restingHeartRate").get("bpm").asInt()).isEqualTo(55);
        assertThat(today.get("restingHeartRate").get("source").asText()).isEqualTo("manual");
        assertThat(today.get("restingHeartRate").get("baselineBpm").asDouble()).isBetween(44.0, 46.0);
        assertThat(today.get("decision").asText()).isEqualTo("MOVE");
        assertThat(today.get("hrv").get("rmssdMs").isNull()).isTrue();
        assertThat(body.get("today").get("readings").get(0).get("outsideNormal").asBoolean()).isTrue();
    }

    @Test
    void aRunnerWhoReadsInchesSeesJumpsInInchesWhileTheApiKeepsCentimetres() throws Exception {
        web.put("/api/profile", TYPE, "{\"units\":\"IMPERIAL\"}");
        for (int ago = 21; ago >= 0; ago -= 7) {
            double height = ago == 0 ? 30 : 40;
            HttpResponse<String> response = web.post("/api/check-ins", TYPE, "{\"date\":\"" + TODAY.minusDays(ago)
                    + "\",\"signals\":{\"soreness\":1},\"body\":{\"jumpsCm\":[" + height + "," + height + "," + height + "]}}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }

        String page = web.get("/body").body();
        JsonNode api = JSON.readTree(web.get("/api/body?days=7").body());

        assertThat(page).contains("<td>11.8 in</td>", "11.8 in today", "\"jumpUnit\":\"in\"").doesNotContain(" cm today");
        assertThat(api.toString()).contains("\"cm\":30.0");
    }

    @Test
    void aWindowOutOfRangeIsRefusedNamingIt() {
        HttpResponse<String> response = web.get("/api/body?days=400");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("days").contains("between 1 and 366");
    }
}
