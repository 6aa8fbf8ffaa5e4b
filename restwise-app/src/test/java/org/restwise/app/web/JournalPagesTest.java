package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Journal, Profile, Plans and Calculators pages, on a fresh journal at 06:30 on 2026-11-29 (a Sunday). */
class JournalPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private final RunningWebApp web = new RunningWebApp();

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aCheckInOnTheTodayPageIsStoredAndColoursTheJournalCalendar() {
        web.post("/", FORM, "signals.soreness=5&signals.heavyLegs=true&signals.stiffness=true");

        String journal = web.get("/journal").body();

        assertThat(journal).contains("data-date=\"2026-11-29\"");
        assertThat(journal).containsPattern("class=\"decision-move is-today\" data-date=\"2026-11-29\"\\s+data-decision=\"MOVE\"");
        assertThat(journal).contains("aria-label=\"Sunday 29 November: Move\"");
        assertThat(journal).contains("\"soreness\":[").contains(",5]");
    }

    @Test
    void theTodayPageOpensOnTodaysStoredDecisionWithWhatTheJournalFilledIn() {
        web.post("/api/sessions", "application/json",
                "{\"date\":\"2026-11-28\",\"start\":\"2026-11-28T07:00\",\"type\":\"MOUNTAIN_RUN\",\"minutes\":150,\"descentM\":1400}");
        web.post("/", FORM, "signals.soreness=5&signals.heavyLegs=true");

        String today = web.get("/").body();

        assertThat(today).contains("data-decision=\"MOVE\"");
        assertThat(today).contains("Last hard session: Mountain run — from your journal (latest hard session logged: mountain run on 2026-11-28)");
        assertThat(today).contains("Hours since it ended: 21");
    }

    @Test
    void aSessionLoggedFromTheJournalFormIsListedAndCountsInTheLoad() {
        HttpResponse<String> posted = web.post("/journal/sessions", FORM,
                "date=2026-11-28&start=07%3A00&type=LONG_RUN&minutes=120&rpe=6&distanceKm=24&descentM=900");

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/journal?logged="));
        String journal = web.get("/journal").body();
        assertThat(journal).contains("<strong>Long run</strong></a> · 120 min", "RPE 6", "24.0 km", "−900 m");
        assertThat(journal).contains("\"descent\":[").contains("900,0]");
        assertThat(web.get("/api/load?days=2").body()).contains("\"load\": 720.0").contains("\"descentM\": 900.0");
    }

    @Test
    void aRefusedSessionIsShownBesideItsFieldAndNothingIsStored() {
        HttpResponse<String> posted = web.post("/journal/sessions", FORM, "date=2026-11-28&type=EASY&minutes=30&rpe=14");

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("id=\"rpe-error\">must be between 0 and 10");
        assertThat(web.get("/api/sessions").body()).isEqualTo("[ ]");
    }

    @Test
    void theProfileFormSavesAndImperialUnitsReachTheJournalForm() {
        HttpResponse<String> saved = web.post("/profile", FORM, "name=Ana&units=IMPERIAL&maxHeartRate=188&sex=FEMALE");

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(web.get("/profile?saved").body()).contains("value=\"Ana\"", "value=\"188\"", "Profile saved.");
        assertThat(web.get("/journal").body()).contains("Distance (mi)", "Descent (ft)");
    }

    @Test
    void aProfileOutOfRangeIsRefusedBesideTheField() {
        String page = web.post("/profile", FORM, "maxHeartRate=400").body();

        assertThat(page).contains("id=\"maxHeartRate-error\">must be between 25 and 250");
        assertThat(web.get("/api/profile").body()).contains("\"maxHeartRate\": null");
    }

    @Test
    void aProfileWithAThresholdAboveTheMaximumIsRefusedBesideTheField() {
        String page = web.post("/profile", FORM, "maxHeartRate=170&lactateThresholdHeartRate=180").body();

        assertThat(page).contains("id=\"lactateThresholdHeartRate-error\">must be below maxHeartRate (170 bpm), got 180");
        assertThat(web.get("/api/profile").body()).contains("\"maxHeartRate\": null");
    }

    @Test
    void theCalculatorsAnswerAsTheCalcCommandDoes() {
        assertThat(web.get("/calculators?calc=gap&gap.grade=10&gap.pace=" + enc("6:00")).body())
                .contains("id=\"gap-result\"").contains("min/km");
        assertThat(web.get("/calculators?calc=effort&effort.distance=42&effort.ascent=2500").body()).contains("67.0 km-effort");
        assertThat(web.get("/calculators?calc=zones&zones.max=185").body()).contains("93–130 bpm easy");
        assertThat(web.get("/calculators?calc=flat&flat.distance=10&flat.grade=60").body())
                .contains("id=\"flat-grade-error\">grade must be between -45 % and 45 %");
    }

    @Test
    void workingOutOneCalculatorKeepsTheProfilesHeartRatesInTheZonesAndThePaceFieldTakesAColon() {
        web.put("/api/profile", "application/json", "{\"maxHeartRate\":186,\"restingHeartRate\":47,\"units\":\"METRIC\"}");

        String page = web.get("/calculators?calc=gap&gap.grade=10&gap.pace=" + enc("6:00")).body();

        assertThat(page).containsPattern("name=\"zones.max\"[^>]*value=\"186\"|value=\"186\"[^>]*name=\"zones.max\"");
        assertThat(page).doesNotContainPattern("name=\"gap.pace\"[^>]*inputmode=\"numeric\"");
    }

    @Test
    void aNewJournalsLoadRatioSaysItIsBuildingItsBaselineInsteadOfShowingASpike() {
        for (String day : java.util.List.of("2026-11-20", "2026-11-26", "2026-11-27", "2026-11-28")) {
            web.post("/api/sessions", "application/json", "{\"date\":\"" + day + "\",\"type\":\"EASY\",\"minutes\":60,\"rpe\":4}");
        }

        String journal = web.get("/journal").body();

        assertThat(journal).contains("Load ratio: building your baseline, 10 of 28 days").doesNotContainPattern("Load ratio \\d");
    }

    @Test
    void thePlansFormIsFilledInFromTheJournalAsTheTerminalReadsItAndFollowsARecentUltra() {
        for (String day : java.util.List.of("2026-11-07", "2026-11-14", "2026-11-21")) {
            web.post("/api/sessions", "application/json", "{\"date\":\"" + day + "\",\"type\":\"EASY\",\"minutes\":60}");
        }
        web.post("/api/sessions", "application/json", "{\"date\":\"2026-11-20\",\"type\":\"RECOVERY\",\"minutes\":30,"
                + "\"recovery\":{\"modality\":\"WALK\"}}");
        web.post("/api/sessions", "application/json", "{\"date\":\"2026-11-28\",\"type\":\"ULTRA_RACE\",\"minutes\":540,"
                + "\"distanceKm\":58,\"ascentM\":3000,\"descentM\":3000}");

        String form = web.get("/plans").body();
        String week = web.get("/plans?plan=recovery-week&weeklyMinutes=" + enc("60, 60, 60, 600")
                + "&runsPerWeek=2&volumePercent=55&start=2026-11-30").body();

        assertThat(form).containsPattern("name=\"weeklyMinutes\"[^>]*value=\"60, 60, 60, 540\"")
                .containsPattern("name=\"runsPerWeek\"[^>]*value=\"1\"");
        assertThat(week).contains("The race of 2026-11-28 comes first").doesNotContain("Easy run at conversational effort");
    }

    @Test
    void aRecoveryWeekAndAPostRacePlanAreShown() {
        String week = web.get("/plans?plan=recovery-week&weeklyMinutes=" + enc("400, 400, 400, 400")
                + "&runsPerWeek=5&volumePercent=55&start=2026-11-30").body();
        String race = web.get("/plans?plan=post-race&distance=170&ascent=10000&finishTime=" + enc("40:00")
                + "&raceDate=2026-11-28").body();

        assertThat(week).contains("Recovery week from Mon 30 Nov").contains("Day 7 · Sun 6 Dec");
        assertThat(race).contains("Back from the race of Sat 28 Nov").contains("Day 1 · Sun 29 Nov");
        assertThat(web.get("/plans?plan=post-race&distance=170&finishTime=soon").body())
                .contains("id=\"finishTime-error\">expected hours and minutes like 27:45");
    }

    @Test
    void everyPageIsInTheNavigation() {
        String page = web.get("/plans").body();

        assertThat(page).contains("href=\"/journal\"", "href=\"/plans\" aria-current=\"page\"", "href=\"/calculators\"", "href=\"/profile\"");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
