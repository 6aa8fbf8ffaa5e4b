package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.web.WebApp;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.store.JournalStore;
import org.restwise.store.WritePatience;

/**
 * While another program writes: commands that only read answer at once, a command that writes
 * waits, says so once and then stores, and the web answers a write it could not wait for with a
 * 503 that says why, never a bare 500. The other program is a {@link ForeignWriteLock}.
 */
class BusyJournalTest {

    private static final String CHECK_IN = "{\"date\":\"2026-11-20\",\"signals\":{\"soreness\":2}}";
    /** Long enough that the command is surely waiting (it says so after one second) when the lock goes. */
    private static final long HOLD_MILLIS = 3_000;

    @TempDir
    Path dir;

    private String sqlite() {
        return "jdbc:sqlite:" + dir.resolve("restwise.db");
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void readersAnswerWhileAnotherProgramWrites(String db) throws Exception {
        CliRun.withInput(CHECK_IN, "check-in", "--json", "-", "--db", db);
        try (ForeignWriteLock other = ForeignWriteLock.take(db)) {
            CliRun history = CliRun.of("history", "--json", "--days", "30", "--db", db);
            CliRun today = CliRun.of("sessions", "--json", "--db", db);

            assertThat(history.exitCode()).as(history.err()).isZero();
            assertThat(history.json()).hasSize(1);
            assertThat(today.exitCode()).as(today.err()).isZero();
            assertNoStackTrace(history);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void historyAnswersWhileAnotherProgramWritesOnSqlite() throws Exception {
        readersAnswerWhileAnotherProgramWrites(sqlite());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void historyAnswersWhileAnotherProgramWritesOnPostgres() throws Exception {
        readersAnswerWhileAnotherProgramWrites(TestJournals.postgres());
    }

    private static void aWriterWaitsSaysSoOnceAndStores(String db) throws Exception {
        JournalStore.open(db);
        CompletableFuture<CliRun> checkIn;
        try (ForeignWriteLock other = ForeignWriteLock.take(db)) {
            checkIn = CompletableFuture.supplyAsync(() -> CliRun.withInput(CHECK_IN, "check-in", "--json", "-", "--db", db));
            Thread.sleep(HOLD_MILLIS);
            assertThat(checkIn).as("the check-in waits while the other program writes").isNotDone();
        }
        CliRun run = checkIn.get(60, TimeUnit.SECONDS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo(WaitingNotice.LINE + System.lineSeparator());
        assertThat(run.json().get("date").asText()).isEqualTo("2026-11-20");
        CliRun history = CliRun.of("history", "--json", "--days", "30", "--db", db);
        assertThat(history.json()).hasSize(1);
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aCheckInBehindAnotherProgramsWriteWaitsSaysSoOnceAndIsStoredOnSqlite() throws Exception {
        aWriterWaitsSaysSoOnceAndStores(sqlite());
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aCheckInBehindAnotherProgramsWriteWaitsSaysSoOnceAndIsStoredOnPostgres() throws Exception {
        aWriterWaitsSaysSoOnceAndStores(TestJournals.postgres());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theWebAnswersAWriteItCouldNotWaitForWith503AndReadsWith200() throws Exception {
        String db = sqlite();
        JournalStore journal = JournalStore.open(db, WritePatience.quiet(Duration.ofSeconds(1)));
        Clock morning = Clock.fixed(Instant.parse("2026-11-29T06:30:00Z"), ZoneOffset.UTC);
        Javalin app = WebApp.create(new AdviceEngine(), org.restwise.app.Restwise.of(journal), morning).start("127.0.0.1", 0);
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port();
        try (ForeignWriteLock other = ForeignWriteLock.take(db)) {
            HttpResponse<String> write = client.send(HttpRequest.newBuilder(URI.create(base + "/api/check-ins"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CHECK_IN)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(base + "/api/check-ins?days=30")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(write.body()).startsWith("{\"error\":\"the journal at ").contains("is busy").endsWith("\"field\":null}");
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualToIgnoringWhitespace("[]");
        } finally {
            app.stop();
        }
    }
}
