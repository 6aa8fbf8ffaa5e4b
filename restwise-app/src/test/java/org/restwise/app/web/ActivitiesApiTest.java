package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploads of real device files to the running app, on a fresh journal per test. */
class ActivitiesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KORITA = "gpx/gpxpy--korita-zbevnica.gpx";
    private final RunningWebApp web = new RunningWebApp();

    @AfterEach
    void stop() {
        web.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> upload(String name, byte[] content) {
        return web.upload("/api/activities", Map.of(name, content));
    }

    @Test
    void anUploadedFileBecomesASessionWithItsTypeAndWhyAndIsListed() throws Exception {
        HttpResponse<String> response = upload("korita.gpx", SharedFixtures.bytes(KORITA));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode summary = json(response);
        assertThat(summary.get("imported")).hasSize(1);
        assertThat(summary.get("alreadyThere")).isEmpty();
        assertThat(summary.get("skipped")).isEmpty();
        JsonNode imported = summary.get("imported").get(0);
        assertThat(imported.get("file").asText()).isEqualTo("korita.gpx");
        assertThat(imported.get("date").asText()).isEqualTo("2010-10-03");
        assertThat(imported.get("type").asText()).isEqualTo("DOWNHILL_HEAVY");
        assertThat(imported.get("typeReason").asText()).isEqualTo("622 m of descent over 14.9 km (42 m/km, 40 m/km or more is downhill-heavy)");

        JsonNode list = json(web.get("/api/activities"));
        assertThat(list).hasSize(1);
        JsonNode listed = list.get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(imported.get("sessionId").asLong());
        assertThat(listed.get("file").asText()).isEqualTo("korita.gpx");
        assertThat(listed.get("format").asText()).isEqualTo("GPX");
        assertThat(listed.get("type").asText()).isEqualTo("DOWNHILL_HEAVY");
        assertThat(listed.get("descentMeters").asDouble()).isEqualTo(622.5);
        assertThat(listed.get("distanceMeters").asDouble()).isBetween(14_850.0, 14_950.0);
        assertThat(listed.has("profile")).isFalse();
    }

    @Test
    void anUploadedWellnessFileIsKeptAsBodyReadingsUnderTheRunnersOwnFileName() throws Exception {
        byte[] hrv = SharedFixtures.wellnessBytes("garmin-connect-api-json/matin--garth--test_daily_hrv_paginate.body.json");

        JsonNode first = json(upload("hrv-status.json", hrv));
        JsonNode again = json(upload("hrv-status.json", hrv));

        JsonNode body = first.get("bodyReadings").get(0);
        assertThat(body.get("file").asText()).isEqualTo("hrv-status.json");
        assertThat(body.get("format").asText()).isEqualTo("Garmin JSON");
        assertThat(body.get("added").asInt()).isEqualTo(40);
        assertThat(again.get("bodyReadings").get(0).get("unchanged").asInt()).isEqualTo(40);
        assertThat(first.get("imported")).isEmpty();
    }

    @Test
    void anActivityComesWithItsProfileOfFiveHundredPoints() throws Exception {
        long id = json(upload("korita.gpx", SharedFixtures.bytes(KORITA))).at("/imported/0/sessionId").asLong();

        JsonNode activity = json(web.get("/api/activities/" + id));

        JsonNode profile = activity.get("profile");
        assertThat(profile).hasSize(500);
        assertThat(profile.get(0).get("distanceMeters").asDouble()).isZero();
        assertThat(profile.get(499).get("distanceMeters").asDouble())
                .isEqualTo(activity.get("distanceMeters").asDouble(), org.assertj.core.api.Assertions.within(1.0));
        List<Double> elevations = Stream.iterate(0, i -> i + 1).limit(500)
                .filter(i -> !profile.get(i).get("elevationMeters").isNull())
                .map(i -> profile.get(i).get("elevationMeters").asDouble()).toList();
        assertThat(elevations).hasSizeGreaterThan(450);
        assertThat(elevations.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - elevations.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isGreaterThan(300);
    }

    @Test
    void theSameFileUploadedTwiceIsAlreadyThere() throws Exception {
        long id = json(upload("korita.gpx", SharedFixtures.bytes(KORITA))).at("/imported/0/sessionId").asLong();

        HttpResponse<String> again = upload("korita-again.gpx", SharedFixtures.bytes(KORITA));

        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode summary = json(again);
        assertThat(summary.get("imported")).isEmpty();
        assertThat(summary.at("/alreadyThere/0/file").asText()).isEqualTo("korita-again.gpx");
        assertThat(summary.at("/alreadyThere/0/sameAs").asText()).isEqualTo("korita.gpx");
        assertThat(summary.at("/alreadyThere/0/sessionId").asLong()).isEqualTo(id);
        assertThat(json(web.get("/api/activities"))).hasSize(1);
    }

    @Test
    void emptyTruncatedAndLargeBogusFilesAreSkippedEachWithItsReason() throws Exception {
        byte[] tcx = SharedFixtures.bytes("tcx/tcxparser--test.tcx");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.fit", new byte[0]);
        files.put("truncated.tcx", Arrays.copyOf(tcx, tcx.length / 2));
        files.put("notes.gpx", "not a track\n".repeat(200_000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("korita.gpx", SharedFixtures.bytes(KORITA));

        HttpResponse<String> response = web.upload("/api/activities", files);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode summary = json(response);
        assertThat(summary.get("imported")).hasSize(1);
        JsonNode skipped = summary.get("skipped");
        assertThat(skipped).extracting(s -> s.get("file").asText()).containsExactly("empty.fit", "truncated.tcx", "notes.gpx");
        assertThat(skipped.get(0).get("reason").asText()).isEqualTo("The file is empty (0 bytes).");
        assertThat(skipped.get(1).get("reason").asText()).isNotBlank().doesNotContain("restwise-upload");
        assertThat(skipped.get(2).get("reason").asText()).isNotBlank().doesNotContain("restwise-upload");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413AndNothingIsImported() throws Exception {
        try (RunningWebApp small = new RunningWebApp(64 * 1024)) {
            HttpResponse<String> response = small.upload("/api/activities", Map.of("test.tcx", SharedFixtures.bytes("tcx/tcxparser--test.tcx")));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(json(response).get("error").asText()).startsWith("the upload is larger than 64 KiB");
            assertThat(json(small.get("/api/activities"))).isEmpty();
        }
    }

    @Test
    void theFormShowsTheSameRefusalAsAPage() {
        try (RunningWebApp small = new RunningWebApp(64 * 1024)) {
            HttpResponse<String> response = small.upload("/activities", Map.of("test.tcx", SharedFixtures.bytes("tcx/tcxparser--test.tcx")));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(response.body()).contains("the upload is larger than 64 KiB").doesNotContain("Exception");
        }
    }

    @Test
    void aBodyThatIsNotMultipartIsRefusedWith415() throws Exception {
        HttpResponse<String> response = web.post("/api/activities", "application/gpx+xml", "<gpx/>");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("error").asText())
                .isEqualTo("send the activity files as multipart/form-data, not application/gpx+xml");
    }

    @Test
    void aMissingActivityIs404InJson() throws Exception {
        for (String id : List.of("999", "abc")) {
            HttpResponse<String> response = web.get("/api/activities/" + id);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).get("error").asText()).isEqualTo("There is no imported activity " + id + ".");
        }
    }

    @Test
    void nothingOfAnUploadIsLeftInTheUploadFolder() throws Exception {
        Path folder = UploadFolder.inTemporaryFolder().processFolder();

        upload("korita.gpx", SharedFixtures.bytes(KORITA));
        upload("activities.zip", SharedFixtures.bytes(KORITA));

        assertThat(UploadFolderTest.emptiedWithinSeconds(folder, 5)).as("Jetty removes its part files once the answer is sent").isTrue();
    }

    @Test
    void theActivitiesPageListsTheUploadAndItsPageCarriesTheProfile() throws Exception {
        long id = json(upload("korita.gpx", SharedFixtures.bytes(KORITA))).at("/imported/0/sessionId").asLong();

        String list = web.get("/activities").body();
        HttpResponse<String> page = web.get("/activities/" + id);

        assertThat(list).contains("data-activity-id=\"" + id + "\"").contains("<strong>Lots of downhill</strong>")
                .contains("622 m of descent over 14.9 km").contains("14.9 km").contains("<dd>622 m</dd>").contains("<dd>6:52 min/km</dd>");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"chart-elevation\"").contains("id=\"activity-data\"").contains("\"distanceUnit\":\"km\"");
        assertThat(web.get("/activities/12345").statusCode()).isEqualTo(404);
    }

    @Test
    void anActivityPageListsItsSplitsPerKilometreOnMovingTime() throws Exception {
        long id = json(upload("run.gpx", SharedFixtures.bytes("gpx/sportslib--runs--6782987395.gpx")))
                .at("/imported/0/sessionId").asLong();

        String page = web.get("/activities/" + id).body();

        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("<tr><th scope=\"row\">(\\d+[^<]*)</th><td>(\\d+:\\d\\d)</td>")
                .matcher(page);
        List<String> labels = new java.util.ArrayList<>();
        int seconds = 0;
        while (rows.find()) {
            labels.add(rows.group(1));
            String[] t = rows.group(2).split(":");
            seconds += Integer.parseInt(t[0]) * 60 + Integer.parseInt(t[1]);
        }
        assertThat(labels).hasSize(15).startsWith("1").endsWith("15 (0.2 km)");
        assertThat(page).contains("<th scope=\"col\">Km</th>");
        // The splits add up to the run's moving time (4 889 s; 1:23:09 with its stops).
        assertThat(seconds).isBetween(4_889 - 150, 4_889 + 150);
        assertThat(page).contains("<td>94 m</td>");
        // The file recorded heart rate: each split has its mean, and the chart has a line to draw.
        assertThat(page).contains("<th scope=\"col\">HR</th>", "\"hasHeartRate\":true");
        java.util.regex.Matcher heart = java.util.regex.Pattern.compile("<td>(\\d{2,3})</td></tr>").matcher(page);
        List<Integer> rates = new java.util.ArrayList<>();
        while (heart.find()) {
            rates.add(Integer.parseInt(heart.group(1)));
        }
        assertThat(rates).hasSize(15).allSatisfy(bpm -> assertThat(bpm).isBetween(100, 200));
    }

    @Test
    void anActivityWithoutHeartRateSaysSoInsteadOfDrawingAnEmptyChart() throws Exception {
        long id = json(upload("korita.gpx", SharedFixtures.bytes(KORITA))).at("/imported/0/sessionId").asLong();

        String page = web.get("/activities/" + id).body();
        JsonNode activity = json(web.get("/api/activities/" + id));

        assertThat(page).contains("\"hasHeartRate\":false", "This file recorded no heart rate").doesNotContain(">HR</th>");
        assertThat(activity.at("/profile/0").has("heartRate")).isTrue();
        assertThat(activity.at("/profile/0/heartRate").isNull()).isTrue();
    }
}
