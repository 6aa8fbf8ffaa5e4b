package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.restwise.app.auth.Accounts;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.core.access.Role;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the scripts of {@code e2e/} (Today, Journal, Activities, Squad, Body, editing) (playwright-core driving Debian's Chromium) against the real app on a
 * random port. Skipped when the browser or the npm packages are missing, unless
 * {@code RESTWISE_REQUIRE_BROWSER=1} (set by CI), where a missing browser is a failure.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 180;
    private static final List<String> VIEWPORTS = List.of("phone", "desktop");

    @Test
    void aRunnerChecksInAndRedecidesWithTheTenMinuteTestInARealBrowser() throws Exception {
        Path root = browserReady();
        for (String viewport : VIEWPORTS) {
            assertThat(runScript(root, "today.mjs", viewport)).contains(viewport + ": Move, then Rest")
                    .contains("empty charts explained");
        }
        assertThat(root.resolve("restwise-app/target/screenshots/today-move-phone.png")).isNotEmptyFile();
        assertThat(root.resolve("restwise-app/target/screenshots/today-rest-desktop.png")).isNotEmptyFile();
    }

    @Test
    void aCheckInShowsOnTheJournalCalendarAndTheChartsAreDrawnInARealBrowser() throws Exception {
        Path root = browserReady();
        for (String viewport : VIEWPORTS) {
            assertThat(runScript(root, "journal.mjs", viewport))
                    .containsPattern(viewport + ": checked in, (Move|Rest) on the calendar, 4 charts drawn, session logged");
        }
        for (String page : List.of("journal", "profile", "plans", "calculators")) {
            assertThat(root.resolve("restwise-app/target/screenshots/" + page + "-phone.png")).isNotEmptyFile();
            assertThat(root.resolve("restwise-app/target/screenshots/" + page + "-desktop.png")).isNotEmptyFile();
        }
    }

    @Test
    void aRunnerUploadsAFileWithProgressFindsItInTheListAndSeesItsElevationProfile() throws Exception {
        Path root = browserReady();
        String fixture = SharedFixtures.path("gpx/gpxpy--korita-zbevnica.gpx").toString();
        for (String viewport : VIEWPORTS) {
            assertThat(runScript(root, "activities.mjs", viewport, fixture)).containsPattern(viewport
                    + ": uploaded with progress, 1 imported and 1 skipped with its reason, listed, already there on a second upload,"
                    + " elevation chart with \\d+ points");
        }
        for (String page : List.of("activities", "activity")) {
            assertThat(root.resolve("restwise-app/target/screenshots/" + page + "-phone.png")).isNotEmptyFile();
            assertThat(root.resolve("restwise-app/target/screenshots/" + page + "-desktop.png")).isNotEmptyFile();
        }
    }

    @Test
    void aCoachInvitesAnAthleteSeesTheirCheckInOnTheSquadPageAndTheAthleteReadsTheNoteInARealBrowser() throws Exception {
        Path root = browserReady();
        for (String viewport : VIEWPORTS) {
            assertThat(runScript(root, "squad.mjs", viewport, web -> new Accounts(web.journal, RunningWebApp.MORNING).create(
                    "coach@example.org", new PasswordHasher().hash("correct horse battery"), EnumSet.of(Role.COACH), false)))
                    .contains(viewport + ": invited, joined, checked in (")
                    .contains("seen on the squad page, note read, CSRF and foreign origin refused, signed out");
        }
        assertThat(root.resolve("restwise-app/target/screenshots/squad-phone.png")).isNotEmptyFile();
        assertThat(root.resolve("restwise-app/target/screenshots/today-note-desktop.png")).isNotEmptyFile();
    }

    @Test
    void aRunnerTypesInThisMorningsMeasuresAndReadsThemAgainstTheirNormalOnTheBodyPageInARealBrowser() throws Exception {
        Path root = browserReady();
        for (String viewport : VIEWPORTS) {
            assertThat(runScript(root, "body.mjs", viewport)).containsPattern(viewport
                    + ": measures typed in, (Move|Rest) with the heart rate outside normal, 3 charts drawn, fortnight listed");
        }
        assertThat(root.resolve("restwise-app/target/screenshots/body-phone.png")).isNotEmptyFile();
        assertThat(root.resolve("restwise-app/target/screenshots/body-desktop.png")).isNotEmptyFile();
    }

    @Test
    void aRunnerCorrectsFiltersAndDeletesAnImportedSessionAndACheckInOnAPhoneInARealBrowser() throws Exception {
        Path root = browserReady();
        String fixture = SharedFixtures.path("gpx/sportslib--runs--6782987395.gpx").toString();
        for (String viewport : VIEWPORTS) {
            assertThat(runScript(root, "editing.mjs", viewport, fixture)).containsPattern(viewport
                    + ": heart-rate chart with \\d+ points, corrected to cycling with the reason following, filtered by type,"
                    + " session and check-in deleted with a confirmation");
        }
        assertThat(root.resolve("restwise-app/target/screenshots/activity-heart-phone.png")).isNotEmptyFile();
        assertThat(root.resolve("restwise-app/target/screenshots/session-desktop.png")).isNotEmptyFile();
    }

    /** The repository root, once the browser and the npm packages are known to be there (else skipped or failed). */
    private static Path browserReady() {
        Path root = repositoryRoot();
        String missing = missing(root);
        if ("1".equals(System.getenv("RESTWISE_REQUIRE_BROWSER"))) {
            assertThat(missing).as("RESTWISE_REQUIRE_BROWSER=1 but the browser test cannot run").isEmpty();
        }
        assumeTrue(missing.isEmpty(), "browser test skipped: " + missing);
        return root;
    }

    /** Runs one e2e script for one viewport against a fresh app and journal; returns what it printed. */
    private static String runScript(Path root, String script, String viewport, String... more) throws Exception {
        return runScript(root, script, viewport, web -> { }, more);
    }

    /** As above, with {@code setUp} run on the fresh app before the script starts. */
    private static String runScript(Path root, String script, String viewport, java.util.function.Consumer<RunningWebApp> setUp,
            String... more) throws Exception {
        Path log = root.resolve("restwise-app/target/e2e-" + script.replace(".mjs", "") + "-" + viewport + ".log");
        Files.createDirectories(log.getParent());
        try (RunningWebApp web = new RunningWebApp()) {
            setUp.accept(web);
            List<String> command = new java.util.ArrayList<>(List.of("node", "e2e/" + script, web.url(""), viewport));
            command.addAll(List.of(more));
            Process node = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished = node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                node.destroyForcibly();
            }
            String output = Files.readString(log);
            assertThat(finished).as("%s finished within %d s; it printed:%n%s", script, TIMEOUT_SECONDS, output).isTrue();
            assertThat(node.exitValue()).as("%s exit status; it printed:%n%s", script, output).isZero();
            return output;
        }
    }

    /** What keeps the browser test from running, or "" when everything is there. */
    private static String missing(Path root) {
        if (!Files.isExecutable(CHROMIUM)) {
            return CHROMIUM + " is not installed (apt-get install chromium)";
        }
        if (!Files.isDirectory(root.resolve("e2e/node_modules/playwright-core"))) {
            return "e2e/node_modules is missing (cd e2e && npm install)";
        }
        boolean nodeOnPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "node")));
        return nodeOnPath ? "" : "node is not on the PATH";
    }

    /** Surefire runs in the module folder; the e2e folder sits beside it at the repository root. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("e2e"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a folder above %s holding e2e/", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
