package org.restwise.app.web;

import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a hostile page in the runner's browser could try against the login-free server on loopback. */
class BrowserSafetyTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static RunningWebApp web;

    @BeforeAll
    static void start() {
        web = new RunningWebApp();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/profile", "/static/restwise.css", "/no-such-page"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = web.get(path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void aFormPostedFromAnotherSiteWritesNothing() {
        HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(web.url("/profile")))
                .header("Content-Type", FORM).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("name=Mallory&maxHeartRate=120")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(web.get("/api/profile").body()).doesNotContain("Mallory");
    }

    @Test
    void aCrossSiteFetchWithoutOriginIsRefusedByItsFetchMetadata() {
        int before = web.journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count());
        HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(web.url("/api/check-ins")))
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{\"signals\":{\"soreness\":3}}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"error\"").contains("another site");
        assertThat(web.journal.<Integer>read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count())).isEqualTo(before);
    }

    @Test
    void aFormFromThisServerItselfIsAccepted() {
        HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(web.url("/")))
                .header("Content-Type", FORM).header("Origin", "http://127.0.0.1:" + URI.create(web.url("/")).getPort())
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("signals.heavyLegs=true")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("data-decision=\"MOVE\"");
    }

    @Test
    void aNameRebindingTo127001IsNotAnsweredWithTheJournal() throws IOException {
        String response = raw("GET /api/profile HTTP/1.1\r\nHost: evil.example:" + port() + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 421").doesNotContain("maxHeartRate");
    }

    @Test
    void localhostByNameIsAnswered() throws IOException {
        String response = raw("GET /api/profile HTTP/1.1\r\nHost: localhost:" + port() + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 200");
    }

    private static int port() {
        return URI.create(web.url("/")).getPort();
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
