package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restwise.core.access.AthleteId;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.SessionType;
import org.restwise.core.activity.Sport;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;

/** The Activities list narrowed to one type, and every imported type read again after the profile changed. */
class ActivityTypesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String NO_MAXIMUM = "no maximum heart rate in your profile to judge intensity by: taken as easy";

    private RunningWebApp web;
    private long hardRun;
    private long ride;
    private long chosenByRunner;
    private long multisport;

    @BeforeEach
    void novemberImportedBeforeTheRunnerSetAMaximum() {
        web = new RunningWebApp();
        hardRun = activity("2026-11-23T07:00:00Z", Sport.RUNNING, SessionType.EASY, SessionType.EASY, 10_000, 168, NO_MAXIMUM);
        ride = activity("2026-11-24T07:00:00Z", Sport.CYCLING, SessionType.CYCLING, SessionType.CYCLING, 40_000, 140,
                "the file says this was a bike ride");
        chosenByRunner = activity("2026-11-25T07:00:00Z", Sport.RUNNING, SessionType.EASY, SessionType.INTERVALS, 8_000, 170,
                NO_MAXIMUM);
        multisport = activity("2026-11-26T07:00:00Z", Sport.MULTISPORT, SessionType.EASY, SessionType.EASY, 20_000, 165,
                "a multisport activity: its running leg (5.0 km in 0.4 h) counts as the run; " + NO_MAXIMUM);
    }

    private long activity(String start, Sport sport, SessionType guessed, SessionType now, double meters, int heartRate,
            String reason) {
        Instant at = Instant.parse(start);
        return web.journal.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(new LoggedSession(LocalDate.parse(start.substring(0, 10)),
                    Optional.empty(), Optional.of(now), 50, Optional.of(4), Optional.of(meters / 1000),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, new ImportedActivity("file" + id + ".fit", "FIT", sport,
                    new ActivitySummary(Optional.of(at), 100, Optional.of(meters), Optional.empty(), Optional.of(3000.0),
                            Optional.of(3000.0), Optional.of(50.0), Optional.of(50.0), Optional.empty(), Optional.of(heartRate),
                            Optional.empty(), Optional.empty(), Optional.empty()),
                    new InferredSessionType(guessed, reason)));
            return id;
        });
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theListNarrowedToOneTypeShowsOnlyThoseWithTheirTotalsAndKeepsTheFilterAcrossMonths() {
        String rides = web.get("/activities?month=2026-11&type=CYCLING").body();
        String all = web.get("/activities?month=2026-11").body();

        assertThat(rides).contains("data-activity-id=\"" + ride + "\"").doesNotContain("data-activity-id=\"" + hardRun + "\"")
                .contains("<td>40.0 km</td>").contains("month=2026-10&amp;type=CYCLING")
                .contains("<option value=\"CYCLING\" selected>");
        assertThat(all).contains("data-activity-id=\"" + hardRun + "\"", "data-activity-id=\"" + ride + "\"");
        assertThat(web.get("/activities?type=HIKING").body()).contains("No activity of this type");
    }

    @Test
    void aTypeTheFilterDoesNotKnowIsRefusedNamingIt() {
        HttpResponse<String> refused = web.get("/activities?type=SKATING");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("type").contains("SKATING").doesNotContain("Exception");
    }

    @Test
    void readingTheTypesAgainAfterSettingAMaximumJudgesIntensityAndLeavesTheRunnersChoiceAlone() {
        web.journal.write(j -> {
            j.athlete(AthleteId.OWN_RUNNER).profile().save(new RunnerProfile(Optional.empty(), Optional.empty(),
                    RunnerProfile.Units.METRIC, new AthleteProfile(Optional.of(190), Optional.empty(), Optional.empty(),
                            Optional.empty())));
            return null;
        });

        HttpResponse<String> page = web.post("/activities/retype", FORM, "");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Types read again").contains("Easy run → Hard workout")
                .contains("average heart rate 168 bpm is 88 % of your maximum")
                .contains("1 session keeps the type you chose").contains("1 multisport or too-fast file keeps its type");
        assertThat(type(hardRun)).isEqualTo("HARD_WORKOUT");
        assertThat(type(chosenByRunner)).isEqualTo("INTERVALS");
        assertThat(type(multisport)).isEqualTo("EASY");
        assertThat(type(ride)).isEqualTo("CYCLING");
        assertThat(web.get("/activities/" + hardRun).body()).contains("88 % of your maximum").doesNotContain(NO_MAXIMUM);

        HttpResponse<String> again = web.post("/activities/retype", FORM, "");
        assertThat(again.body()).contains("nothing reads differently now");
    }

    @Test
    void savingAMaximumOnTheProfilePageSaysHowManyImportedSessionsWouldReadAsAnotherType() {
        HttpResponse<String> saved = web.post("/profile", FORM, "units=METRIC&maxHeartRate=190");
        String page = web.get(saved.headers().firstValue("Location").orElseThrow()).body();

        assertThat(saved.headers().firstValue("Location")).contains("/profile?saved&retype=1");
        assertThat(page).contains("1 imported session reads as another type with this profile")
                .contains("action=\"/activities/retype\"");
        assertThat(type(hardRun)).isEqualTo("EASY");
        assertThat(web.get("/profile?saved&retype=%3Cb%3E").body()).doesNotContain("reads as another type");
    }

    private String type(long id) {
        return web.journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().find(id)).orElseThrow().session().typeName();
    }
}
