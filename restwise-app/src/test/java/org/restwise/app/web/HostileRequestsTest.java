package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.restwise.formats.ActivityFiles;

/**
 * The JSON API given what the hostile-input probe of issue 10 sent: every answer a 4xx with the
 * usual {@code {"error", "field"}} body, no stack trace, nothing stored, and the server still
 * answering a normal request afterwards.
 */
class HostileRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "application/json";
    private static final String KORITA = "gpx/gpxpy--korita-zbevnica.gpx";
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

    @Test
    void aSessionLoggedForTomorrowIsTakenAndOneForTheDayAfterIsRefused() throws Exception {
        String session = "{\"date\":\"%s\",\"type\":\"EASY\",\"minutes\":30}";
        assertThat(web.post("/api/sessions", TYPE, String.format(session, "2026-11-30")).statusCode()).isEqualTo(201);

        JsonNode error = assertRefused(web.post("/api/sessions", TYPE, String.format(session, "2026-12-01")), 400);

        assertThat(error.get("error").asText()).isEqualTo("date: must be between 1900-01-01 and 2026-11-30 (no later than tomorrow),"
                + " got 2026-12-01");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/check-ins, -999999999-01-01",
        "/api/check-ins, +999999999-12-31",
        "/api/check-ins, 0000-01-01",
        "/api/check-ins, 1899-12-31",
        "/api/check-ins, 9999-12-31",
        "/api/check-ins, 2027-11-30",
        "/api/check-ins, 2026-12-01",
        "/api/advise,    -999999999-01-01",
        "/api/advise,    9999-12-31",
    })
    void aCheckInDatedOutsideThePlausibleRangeIsRefusedNamingTheDate(String path, String date) throws Exception {
        JsonNode error = assertRefused(web.post(path, TYPE, "{\"date\":\"" + date + "\"}"), 400);

        assertThat(error.get("field").asText()).isEqualTo("date");
        assertThat(error.get("error").asText())
                .isEqualTo("date: must be between 1900-01-01 and 2026-11-30 (no later than tomorrow), got " + date);
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
        assertThat(web.post("/api/check-ins", TYPE, "{\"date\":\"2026-11-30\"}").statusCode()).isEqualTo(201);
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

    private static final String BOUNDARY = "hostile-boundary";

    private HttpResponse<String> multipart(String contentType, byte[] body) {
        return web.send(HttpRequest.newBuilder(URI.create(web.url("/api/activities")))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String filePart(String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    private static String end() {
        return "--" + BOUNDARY + "--\r\n";
    }

    static Stream<Arguments> brokenUploads() {
        String typed = "multipart/form-data; boundary=" + BOUNDARY;
        StringBuilder manyParts = new StringBuilder();
        for (int i = 0; i <= MultipartRefusal.MAX_PARTS; i++) {
            manyParts.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        manyParts.append(end());
        return Stream.of(
                Arguments.of("multipart/form-data", "x", 400, "its Content-Type names no boundary"),
                Arguments.of(typed, "", 400, "it holds no part"),
                Arguments.of(typed, "no boundary in here at all", 400, "it holds no part"),
                Arguments.of(typed, filePart("a.gpx", "<gpx>"), 400, "it ends before its closing boundary"),
                Arguments.of(typed, "--" + BOUNDARY + "\r\nthis is no header\r\n\r\nx\r\n" + end(), 400,
                        "a part's header is malformed"),
                Arguments.of(typed, manyParts.toString(), 413, "the upload holds more than 1000 parts"));
    }

    @ParameterizedTest
    @MethodSource("brokenUploads")
    void anUploadJettyCannotTakeApartIsRefusedSayingWhy(String contentType, String body, int status, String why)
            throws Exception {
        JsonNode error = assertRefused(multipart(contentType, bytes(body)), status);

        assertThat(error.get("error").asText()).contains(why);
        assertThat(web.get("/api/activities").body()).isEqualTo("[ ]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0  | run\u0000.gpx",
        "27 | run\u001b[2J.gpx",
    })
    void aFileNameWithAControlCharacterIsRefusedNamingTheField(int code, String fileName) throws Exception {
        HttpResponse<String> response = multipart("multipart/form-data; boundary=" + BOUNDARY,
                bytes(filePart(fileName, "<gpx/>") + end()));

        JsonNode error = assertRefused(response, 400);
        assertThat(error.get("field").asText()).isEqualTo("files");
        assertThat(error.get("error").asText())
                .isEqualTo(String.format("files: a file name holds the control character U+%04X; rename the file", code));
    }

    @Test
    void aFileNameOfThreeHundredCharactersIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = multipart("multipart/form-data; boundary=" + BOUNDARY,
                bytes(filePart("a".repeat(296) + ".gpx", "<gpx/>") + end()));

        JsonNode error = assertRefused(response, 400);
        assertThat(error.get("field").asText()).isEqualTo("files");
        assertThat(error.get("error").asText()).contains("300 characters long");
    }

    @Test
    void aLongNameInLettersThatTakeSeveralBytesStillImports() throws Exception {
        String name = "山".repeat(120) + ".gpx";
        HttpResponse<String> response = web.upload("/api/activities", Map.of(name, SharedFixtures.bytes(KORITA)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).at("/imported/0/file").asText()).isEqualTo(name);
    }

    @Test
    void aRecoveryBoxWithAValueTheFormNeverSendsIsRefusedNamingIt() throws Exception {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"recovery\"\r\n\r\nmaybe\r\n"
                + filePart("korita.gpx", "<gpx/>") + end();

        JsonNode error = assertRefused(multipart("multipart/form-data; boundary=" + BOUNDARY, bytes(body)), 400);

        assertThat(error.get("field").asText()).isEqualTo("recovery");
        assertThat(error.get("error").asText()).isEqualTo("recovery: must be ticked (true) or left out, got \"maybe\"");
    }

    @Test
    void aChunkedUploadPastTheLimitIs413LikeOneThatDeclaresItsLength() throws Exception {
        try (RunningWebApp small = new RunningWebApp(64 * 1024)) {
            byte[] body = bytes(filePart("big.gpx", "x".repeat(200 * 1024)) + end());
            HttpResponse<String> response = small.send(HttpRequest.newBuilder(URI.create(small.url("/api/activities")))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    // No length known beforehand: the client sends it chunked.
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(response.body()).get("error").asText()).startsWith("the upload is larger than 64 KiB");
            assertThat(small.get("/api/activities").body()).isEqualTo("[ ]");
        }
    }

    @Test
    void anUploadThatRunsOutOfMemoryAnswersWhyAndTheServerGoesOnServing() throws Exception {
        ActivityUploads.Reader real = new ActivityFiles()::read;
        try (RunningWebApp starved = new RunningWebApp(() -> (file, sink) -> {
            if (file.getFileName().toString().endsWith(".fit")) {
                throw new OutOfMemoryError("Java heap space");
            }
            real.read(file, sink);
        })) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("korita.gpx", SharedFixtures.bytes(KORITA));
            files.put("huge.fit", new byte[1024]);
            HttpResponse<String> response = starved.upload("/api/activities", files);

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(response.body()).get("error").asText())
                    .isEqualTo("huge.fit needs more memory to read than this server has, so nothing of it was imported"
                            + " (the files before it were read); try again when the server is less busy, or import it"
                            + " with restwise import");
            assertThat(starved.post("/api/advise", TYPE, "{}").statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(starved.get("/api/activities").body())).hasSize(1);
            assertThat(UploadFolderTest.emptiedWithinSeconds(UploadFolder.inTemporaryFolder().processFolder(), 5)).isTrue();
        }
    }

    @Test
    void aPageUploadThatCannotBeTakenApartIsAPageSayingWhy() {
        HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(web.url("/activities")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(filePart("a.gpx", "<gpx>")))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("class=\"card problem\"", "it ends before its closing boundary")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void aProfileNameWithAControlCharacterIsRefusedNamingTheField() throws Exception {
        JsonNode error = assertRefused(web.put("/api/profile", TYPE, "{\"name\":\"Ann\\u001b[2J\"}"), 400);

        assertThat(error.get("field").asText()).isEqualTo("name");
        assertThat(error.get("error").asText()).isEqualTo("name: must be plain text, without control characters (found U+001B)");
        assertThat(JSON.readTree(web.get("/api/profile").body()).get("name").isNull()).isTrue();
    }

    @Test
    void aJsonBodyOverOneMebibyteIs413DeclaredOrChunked() throws Exception {
        byte[] body = bytes(" ".repeat(2 * 1024 * 1024) + "{}");

        JsonNode declared = assertRefused(web.send(HttpRequest.newBuilder(URI.create(web.url("/api/advise")))
                .header("Content-Type", TYPE).POST(HttpRequest.BodyPublishers.ofByteArray(body))), 413);
        JsonNode chunked = assertRefused(web.send(HttpRequest.newBuilder(URI.create(web.url("/api/advise")))
                .header("Content-Type", TYPE).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))), 413);

        assertThat(declared.get("error").asText()).isEqualTo("the request is larger than 1024 KiB");
        assertThat(chunked.get("error").asText()).isEqualTo("the request is larger than 1024 KiB");
    }
}
