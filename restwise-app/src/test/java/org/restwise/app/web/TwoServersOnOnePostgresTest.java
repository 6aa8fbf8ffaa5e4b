package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.Main;
import org.restwise.app.auth.Accounts;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.cli.TestJournals;
import org.restwise.core.access.Role;
import org.restwise.store.JournalStore;

/**
 * Two {@code restwise serve} processes on one PostgreSQL database, sharing nothing but it: fifty
 * athletes sign in on one, check in through both at once, and every check-in answered 2xx is a row
 * (none lost, none doubled); a session started on one server is honoured by the other, and so is
 * signing out. A bounded load on 127.0.0.1 that ends by itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersOnOnePostgresTest {

    private static final int ATHLETES = 50;
    private static final int DAYS_EACH = 6;
    private static final String PASSWORD = "two servers, one journal";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile(AccessGate.SESSION_COOKIE + "=([^;]*)");

    private Path dir;

    private String db;
    private final List<Process> servers = new ArrayList<>();
    private final List<String> origins = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void fiftyAthletesAndTwoServers(@TempDir Path folder) throws Exception {
        dir = folder;
        db = TestJournals.postgres();
        JournalStore store = JournalStore.open(db);
        Accounts accounts = new Accounts(store, java.time.Clock.systemDefaultZone());
        String hash = new PasswordHasher().hash(PASSWORD);
        for (int n = 0; n < ATHLETES; n++) {
            accounts.create(email(n), hash, EnumSet.of(Role.ATHLETE), false);
        }
        for (String name : List.of("a", "b")) {
            servers.add(serve(name));
        }
        for (int i = 0; i < servers.size(); i++) {
            origins.add(origin(servers.get(i), dir.resolve("serve-" + (i == 0 ? "a" : "b") + ".out")));
        }
    }

    @AfterAll
    void stopBoth() throws InterruptedException {
        for (Process server : servers) {
            server.destroy();
        }
        for (Process server : servers) {
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void fiftyAthletesCheckingInThroughBothServersAtOnceLoseNothing() throws Exception {
        LocalDate today = LocalDate.now();
        AtomicInteger answered2xx = new AtomicInteger();
        List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(ATHLETES);
        List<Future<?>> athletes = new ArrayList<>();
        for (int n = 0; n < ATHLETES; n++) {
            int athlete = n;
            athletes.add(pool.submit(() -> {
                // Signed in on one server, then writing through both, turn and turn about.
                String cookie = signIn(origins.get(athlete % 2), email(athlete));
                String csrf = csrfToken(origins.get((athlete + 1) % 2), cookie);
                for (int day = 0; day < DAYS_EACH; day++) {
                    String date = today.minusDays(day).toString();
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(origins.get((athlete + day) % 2) + "/api/check-ins"))
                            .header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie)
                            .header(AccessGate.CSRF_HEADER, csrf)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + date + "\",\"signals\":{\"soreness\":"
                                    + (athlete + day) % 8 + ",\"sleepHours\":7}}")));
                    if (answer.statusCode() / 100 == 2) {
                        answered2xx.incrementAndGet();
                    } else {
                        refusals.add(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> athlete : athletes) {
            athlete.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(refusals).as("answers other than 2xx").isEmpty();
        assertThat(answered2xx.get()).isEqualTo(ATHLETES * DAYS_EACH);
        assertThat(count("SELECT COUNT(*) FROM check_in")).as("rows stored == 2xx answers").isEqualTo(answered2xx.get());
        assertThat(count("SELECT COUNT(DISTINCT athlete_id) FROM check_in")).isEqualTo(ATHLETES);
        assertThat(count("SELECT COUNT(*) FROM (SELECT athlete_id FROM check_in GROUP BY athlete_id HAVING COUNT(*) <> "
                + DAYS_EACH + ") uneven")).as("athletes with a check-in lost or doubled").isZero();
    }

    @Test
    void aSessionStartedOnOneServerIsHonouredAndEndedOnTheOther() throws Exception {
        String cookie = signIn(origins.get(0), email(0));

        HttpResponse<String> onB = get(origins.get(1) + "/account", cookie);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(email(0));

        String csrf = csrfToken(origins.get(1), cookie);
        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(origins.get(1) + "/logout"))
                .header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(AccessGate.CSRF_FIELD + "=" + csrf)));
        assertThat(logout.statusCode()).isEqualTo(303);

        HttpResponse<String> onA = get(origins.get(0) + "/account", cookie);
        assertThat(onA.statusCode()).as("signed out on B, refused on A").isEqualTo(303);
        assertThat(onA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
    }

    private Process serve(String name) throws IOException {
        List<String> line = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0", "--db", db);
        Path home = Files.createDirectories(dir.resolve("home-" + name));
        ProcessBuilder builder = new ProcessBuilder(line)
                .redirectOutput(dir.resolve("serve-" + name + ".out").toFile())
                .redirectError(dir.resolve("serve-" + name + ".err").toFile());
        builder.environment().put("RESTWISE_HOME", home.toString());
        return builder.start();
    }

    private static String origin(Process server, Path out) throws Exception {
        Pattern running = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = running.matcher(Files.readString(out));
            if (m.find()) {
                return "http://127.0.0.1:" + m.group(1);
            }
            assertThat(server.isAlive()).as("serve is still starting: " + Files.readString(out)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not say where it runs within 60 s");
    }

    private String signIn(String origin, String email) throws IOException, InterruptedException {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(origin + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + SignedInClient.encoded(email) + "&password="
                        + SignedInClient.encoded(PASSWORD) + "&next=/")));
        assertThat(login.statusCode()).as("signing in as " + email + ": " + login.body()).isEqualTo(303);
        Matcher m = COOKIE.matcher(login.headers().firstValue("Set-Cookie").orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String csrfToken(String origin, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> page = get(origin + "/account", cookie);
        assertThat(page.statusCode()).as("the account page on " + origin).isEqualTo(200);
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String email(int n) {
        return "athlete" + n + "@example.org";
    }
}
