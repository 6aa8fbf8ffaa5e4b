package org.restwise.app.cli;

import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.Main;
import org.restwise.app.json.Json;
import org.restwise.app.web.WebApp;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.store.JournalStore;
import org.restwise.store.WritePatience;

/**
 * The incident of issue 10, replayed: a {@code restore --merge} of many imported activities runs
 * in its own process while the web takes check-ins and reads, and check-in and history commands
 * run in processes of their own. Every check-in is stored, every read answered, no stack trace.
 * The web waits only {@link #WEB_PATIENCE} for its turn: a restore that held the write lock for
 * all its entries (seconds) would make it answer 503.
 */
class LongRestoreBesideCheckInsTest {

    private static final String GPX = "gpx/gpxpy--korita-zbevnica.gpx";
    private static final int ACTIVITIES = 1200;
    private static final Duration WEB_PATIENCE = Duration.ofSeconds(3);
    private static final LocalDate FIRST_WEB_DAY = LocalDate.of(2025, 6, 1);
    /** Dates for the web's check-ins, paced so that they spread over the whole restore. */
    private static final int MAX_WEB_CHECK_INS = 500;
    private static final long PAUSE_MILLIS = 30;
    private static final List<LocalDate> CLI_DAYS = List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2),
            LocalDate.of(2026, 2, 3));
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-29T06:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void onSqliteEveryCheckInIsStoredAndEveryReadAnswered() throws Exception {
        replay("jdbc:sqlite:" + dir.resolve("restwise.db"));
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void onPostgresEveryCheckInIsStoredAndEveryReadAnswered() throws Exception {
        replay(TestJournals.postgres());
    }

    private void replay(String db) throws Exception {
        Path backup = backupOfManyActivities();
        JournalStore journal = JournalStore.open(db, WritePatience.quiet(WEB_PATIENCE));
        Javalin web = WebApp.create(new AdviceEngine(), org.restwise.app.Restwise.of(journal), MORNING).start("127.0.0.1", 0);
        List<HttpResponse<String>> answers = new ArrayList<>();
        List<LocalDate> webDays = new ArrayList<>();
        int webCheckInsDuringRestore = 0;
        try {
            Command restoring = command(db, "restore", "--merge", backup.toString());
            Process restore = restoring.process();
            CompletableFuture<List<Command>> commands = CompletableFuture.supplyAsync(() -> commandsBeside(db));
            for (int n = 0; n < 20 || (restore.isAlive() && n < MAX_WEB_CHECK_INS); n++) {
                LocalDate day = FIRST_WEB_DAY.plusDays(n);
                answers.add(post(web, "/api/check-ins", "{\"date\":\"" + day + "\",\"signals\":{\"soreness\":" + n % 5 + "}}"));
                webDays.add(day);
                int restored = sessions(journal);
                // Between the restore's first group and its last: the check-in got a turn in the middle.
                webCheckInsDuringRestore += restored > 0 && restored < ACTIVITIES ? 1 : 0;
                answers.add(get(web, "/api/check-ins?days=365"));
                answers.add(get(web, "/api/sessions?days=7"));
                Thread.sleep(PAUSE_MILLIS);
            }
            List<Command> finished = commands.get(180, TimeUnit.SECONDS);

            assertThat(restore.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(restore.exitValue()).as(restoring.err()).isZero();
            assertThat(restoring.err()).doesNotContain("Exception").doesNotContain("\tat ");
            for (Command c : finished) {
                assertThat(c.process().exitValue()).as(c.err()).isZero();
                assertThat(c.err()).as("stderr of a command beside the restore").doesNotContain("Exception")
                        .doesNotContain("\tat ");
            }
        } finally {
            web.stop();
        }
        assertThat(webCheckInsDuringRestore).as("web check-ins between the restore's first and last group").isPositive();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201));
        Set<LocalDate> stored = journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().all()).stream()
                .map(saved -> saved.entry().checkIn().date()).collect(Collectors.toSet());
        assertThat(stored).containsAll(webDays).containsAll(CLI_DAYS);
        assertThat(sessions(journal)).isEqualTo(ACTIVITIES);
    }

    /** Check-ins and histories, each a process of its own, one after another while the restore runs. */
    private List<Command> commandsBeside(String db) {
        List<Command> commands = new ArrayList<>();
        try {
            for (LocalDate day : CLI_DAYS) {
                Command checkIn = command(db, "check-in", "--json", "-");
                checkIn.process().getOutputStream().write(("{\"date\":\"" + day + "\",\"signals\":{\"soreness\":3}}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                checkIn.process().getOutputStream().close();
                commands.add(checkIn.finish());
                commands.add(command(db, "history", "--json", "--days", "400").finish());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return commands;
    }

    private Command command(String db, String... args) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        line.addAll(List.of(args));
        line.addAll(List.of("--db", db));
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        return new Command(new ProcessBuilder(line).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start(), err);
    }

    /** A command in a process of its own, its standard error kept in a file. */
    private record Command(Process process, Path stderr) {

        String err() {
            try {
                return Files.readString(stderr);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Command finish() {
            try {
                process.waitFor(120, TimeUnit.SECONDS);
                return this;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int sessions(JournalStore journal) {
        return journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().count());
    }

    /** One real imported run, exported, then copied {@link #ACTIVITIES} times a day apart as different files. */
    private Path backupOfManyActivities() throws Exception {
        String source = "jdbc:sqlite:" + dir.resolve("source.db");
        CliRun.of("import", TestJournals.fixture(GPX).toString(), "--db", source);
        Path one = dir.resolve("one.json");
        CliRun.of("export", "--out", one.toString(), "--db", source);
        ObjectNode document = (ObjectNode) Json.mapper().readTree(one.toFile());
        ObjectNode run = (ObjectNode) document.get("sessions").get(0);
        ArrayNode sessions = document.putArray("sessions");
        for (int n = 0; n < ACTIVITIES; n++) {
            ObjectNode copy = run.deepCopy();
            copy.put("date", LocalDate.parse(run.get("date").asText()).plusDays(n).toString());
            copy.put("start", LocalDateTime.parse(run.get("start").asText()).plusDays(n).toString());
            ObjectNode activity = (ObjectNode) copy.get("activity");
            activity.put("fingerprint", String.format("%064x", n));
            activity.put("start", Instant.parse(activity.get("start").asText()).plus(Duration.ofDays(n)).toString());
            sessions.add(copy);
        }
        Path backup = dir.resolve("many.json");
        Json.mapper().writeValue(backup.toFile(), document);
        return backup;
    }

    private HttpResponse<String> post(Javalin web, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(Javalin web, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
