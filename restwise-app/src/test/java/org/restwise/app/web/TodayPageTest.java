package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TodayPageTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String STALE_LEGS = "signals.soreness=5&signals.heavyLegs=true&signals.stiffness=true"
            + "&signals.sleepHours=7.5&context.lastSession=MOUNTAIN_RUN&context.hoursSinceLastSession=20"
            + "&context.timeOfDay=MORNING&signals.tenMinuteTest=NOT_DONE&athlete.maxHeartRate=185";

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
    void theTodayPageIsAMobileFormWithEveryFieldLabelled() {
        String page = web.get("/").body();

        assertThat(page).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Matcher ids = Pattern.compile("<(?:input|select) [^>]*id=\"([^\"]+)\"").matcher(page);
        int fields = 0;
        while (ids.find()) {
            fields++;
            assertThat(page).as("label for " + ids.group(1)).contains("for=\"" + ids.group(1) + "\"");
        }
        assertThat(fields).isEqualTo(35);
    }

    @Test
    void theTimeOfDayStartsAtTheClocksMorning() {
        assertThat(web.get("/").body()).contains("<option value=\"MORNING\" selected>Morning</option>");
    }

    @Test
    void submittingStaleLegsShowsMoveWithTheDose() {
        HttpResponse<String> response = web.post("/", FORM, STALE_LEGS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("data-decision=\"MOVE\">Move</h2>")
                .contains("Stale legs")
                .contains("<li>20–40 minutes, effort 3–4 out of 10</li>")
                .contains("<li>Heart rate 93–130 bpm</li>")
                .contains("href=\"https://doi.org/10.")
                .contains("Did the ten minutes help?");
    }

    @Test
    void theFormKeepsTheAnswersAfterDeciding() {
        String page = web.post("/", FORM, STALE_LEGS).body();

        assertThat(page).contains("name=\"signals.heavyLegs\" value=\"true\" checked")
                .contains("<option value=\"MOUNTAIN_RUN\" selected>")
                .contains("name=\"signals.sleepHours\" value=\"7.5\"");
    }

    @Test
    void htmxGetsOnlyTheSectionItSwaps() {
        HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(web.url("/")))
                .header("Content-Type", FORM).header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(STALE_LEGS)));

        assertThat(response.body()).startsWith("<div id=\"today\"").doesNotContain("<html");
    }

    @Test
    void anOutOfRangeAnswerIsShownBesideItsField() {
        String page = web.post("/", FORM, "signals.sleepHours=30").body();

        assertThat(page).containsPattern("name=\"signals.sleepHours\" value=\"30\"[^>]*aria-invalid=\"true\"")
                .containsPattern("name=\"signals.sleepHours\"[^>]*aria-describedby=\"signals-sleepHours-error\"")
                .contains("<p class=\"field-error\" id=\"signals-sleepHours-error\">must be between 0 and 24, got 30</p>")
                .doesNotContain("id=\"decision\"");
    }

    @Test
    void measuresTypedInAreReadOnTheCardAndFillTheFormAgain() {
        String page = web.post("/", FORM, STALE_LEGS + "&body.rmssdMs=61,5&body.restingHeartRateBpm=44"
                + "&body.jump1=31.5&body.jump2=32&body.jump3=30.8").body();

        assertThat(page).contains("<h3>Your body this morning</h3>")
                .contains("HRV: still learning your normal")
                .contains("Jump 32 cm today");
        String again = web.get("/").body();
        assertThat(again).contains("Your body this morning")
                .containsPattern("name=\"body.rmssdMs\" value=\"61.5\"")
                .containsPattern("name=\"body.jump2\" value=\"32.0\"")
                .contains("<details class=\"more\" id=\"own-measures\" open>");
    }

    @Test
    void theBlankFormShowsTheShortNightsTheJournalWillCountNotAZero() {
        try (RunningWebApp fresh = new RunningWebApp()) {
            for (String day : java.util.List.of("2026-11-26", "2026-11-27", "2026-11-28")) {
                fresh.post("/api/check-ins", "application/json", "{\"date\":\"" + day + "\",\"signals\":{\"sleepHours\":5}}");
            }

            String page = fresh.get("/").body();

            assertThat(page).containsPattern("name=\"signals.shortSleepNights\" value=\"3\"");
        }
    }

    @Test
    void aJumpTestWithAHeightMissingIsRefusedBesideTheMissingJump() {
        String page = web.post("/", FORM, STALE_LEGS + "&body.jump1=31&body.jump3=30").body();

        assertThat(page).contains("id=\"body-jump2-error\">give all three jumps, or none</p>")
                .doesNotContain("id=\"decision\"");
    }

    @Test
    void aJumpTypedInMillimetresIsRefusedBesideThatJump() {
        String page = web.post("/", FORM, STALE_LEGS + "&body.jump1=315&body.jump2=32&body.jump3=30").body();

        assertThat(page).contains("id=\"body-jump1-error\">must be a height above 0 and at most 100 cm, got 315</p>");
    }

    @Test
    void aWordWhereANumberBelongsIsShownBesideItsField() {
        String page = web.post("/", FORM, "athlete.maxHeartRate=fast").body();

        assertThat(page).contains("id=\"athlete-maxHeartRate-error\">must be a number, got \"fast\"</p>")
                .contains("<details class=\"more\" open>");
    }

    @Test
    void stayedExpensiveAfterTenMinutesTurnsMoveIntoRest() {
        String first = web.post("/", FORM, STALE_LEGS).body();
        String checkIn = hiddenCheckIn(first);

        String second = web.post("/ten-minute-test", FORM, "tenMinuteTest=STAYED_EXPENSIVE&checkIn="
                + URLEncoder.encode(checkIn, StandardCharsets.UTF_8)).body();

        assertThat(second).contains("data-decision=\"REST\">Rest</h2>")
                .contains("With the ten-minute test: Stayed expensive")
                .contains("<option value=\"STAYED_EXPENSIVE\" selected>");
    }

    @Test
    void somethingSharpAfterTenMinutesMeansReassess() {
        String checkIn = hiddenCheckIn(web.post("/", FORM, STALE_LEGS).body());

        String page = web.post("/ten-minute-test", FORM, "tenMinuteTest=SHARP_OR_ODD&checkIn="
                + URLEncoder.encode(checkIn, StandardCharsets.UTF_8)).body();

        assertThat(page).contains("data-decision=\"REASSESS\">Reassess</h2>");
    }

    @Test
    void legsThatWorsenedInTenMinutesMeanReassessWithNoRetestOffered() {
        String checkIn = hiddenCheckIn(web.post("/", FORM, STALE_LEGS).body());

        String page = web.post("/ten-minute-test", FORM, "tenMinuteTest=WORSENED&checkIn="
                + URLEncoder.encode(checkIn, StandardCharsets.UTF_8)).body();

        assertThat(page).contains("data-decision=\"REASSESS\">Reassess</h2>")
                .contains("With the ten-minute test: Stiffer, sorer or more painful")
                .doesNotContain("Did the ten minutes help?");
    }

    @Test
    void aMoveCardOffersTheTenMinuteTest() {
        assertThat(web.post("/", FORM, STALE_LEGS).body()).contains("Did the ten minutes help?")
                .contains("value=\"WORSENED\">Stiffer, sorer or more painful</button>");
    }

    @Test
    void swellingInOnePlaceIsReassessAndTheRedFlagSaysWhatWasReported() {
        String page = web.post("/", FORM, "signals.swelling=true").body();

        assertThat(page).contains("data-decision=\"REASSESS\">Reassess</h2>")
                .contains("<ul class=\"flags\"><li>Swelling in one place</li></ul>")
                .doesNotContain("Did the ten minutes help?");
    }

    @Test
    void puffyLegsAndSwellingInOnePlaceAreAskedApart() {
        assertThat(web.get("/").body()).contains("name=\"signals.puffyLegs\"").contains("name=\"signals.swelling\"")
                .contains("Both legs feel puffy").contains("Swelling in one place");
    }

    @Test
    void aThresholdAboveTheMaximumIsShownBesideItsField() {
        String page = web.post("/", FORM, "athlete.maxHeartRate=170&athlete.lactateThresholdHeartRate=180").body();

        assertThat(page).contains("id=\"athlete-lactateThresholdHeartRate-error\">must be below")
                .doesNotContain("data-decision=");
    }

    private static String hiddenCheckIn(String page) {
        Matcher hidden = Pattern.compile("name=\"checkIn\" value=\"([^\"]*)\"").matcher(page);
        assertThat(hidden.find()).isTrue();
        return hidden.group(1).replace("&#34;", "\"").replace("&quot;", "\"");
    }
}
