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
import org.restwise.core.journal.LoggedSession;

/** Correcting and deleting a session from the web, as a phone user would, without the command line. */
class SessionPageTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private RunningWebApp web;
    private long session;

    @BeforeEach
    void anImportedRideTakenForALongRun() {
        web = new RunningWebApp();
        session = web.journal.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(new LoggedSession(LocalDate.of(2026, 11, 28),
                    Optional.empty(), Optional.of(SessionType.LONG_RUN), 120, Optional.of(5), Optional.of(45.0),
                    Optional.of(400.0), Optional.of(400.0), Optional.empty()));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, new ImportedActivity("ride.fit", "FIT", Sport.RUNNING,
                    new ActivitySummary(Optional.of(Instant.parse("2026-11-28T08:00:00Z")), 100, Optional.of(45000.0),
                            Optional.empty(), Optional.of(7200.0), Optional.of(7200.0), Optional.of(400.0), Optional.of(400.0),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                    new InferredSessionType(SessionType.LONG_RUN, "90 minutes or more is a long run")));
            return id;
        });
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theEditPageStartsFromTheStoredValues() {
        HttpResponse<String> page = web.get("/sessions/" + session);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"2026-11-28\"").contains("value=\"120\"").contains("value=\"45\"")
                .contains("Imported from a file");
    }

    @Test
    void correctingTheTypeChangesTheSessionAndTheGuesssReasonGoesWithIt() {
        HttpResponse<String> saved = web.post("/sessions/" + session, FORM,
                "date=2026-11-28&type=EASY&minutes=120&rpe=3&distanceKm=45");
        HttpResponse<String> activity = web.get("/activities/" + session);

        LoggedSession after = web.journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().find(session)).orElseThrow().session();
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(after.typeName()).isEqualTo("EASY");
        assertThat(after.rpe()).contains(3);
        assertThat(activity.body()).contains("You set this as easy run yourself; the import had read it as long run.")
                .doesNotContain("90 minutes or more is a long run");
    }

    @Test
    void aWrongValueIsRefusedNamingTheFieldAndNothingChanges() {
        HttpResponse<String> refused = web.post("/sessions/" + session, FORM, "date=2026-11-28&type=EASY&minutes=0");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-invalid=\"true\"");
        int minutes = web.journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().find(session)).orElseThrow()
                .session().minutes();
        assertThat(minutes).isEqualTo(120);
    }

    @Test
    void deletingTheSessionDeletesItsActivitySoTheFileCanComeBackIn() {
        HttpResponse<String> deleted = web.post("/sessions/" + session + "/delete", FORM, "");

        int activities = web.journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).activities().count());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(activities).isZero();
        assertThat(web.get("/sessions/" + session).statusCode()).isEqualTo(404);
    }

    @Test
    void aPastDayOpensFromTheCalendarWithItsCardAndAMistakenCheckInCanBeDeleted() {
        web.post("/api/check-ins", "application/json", "{\"date\":\"2026-11-25\",\"signals\":{\"soreness\":2}}");

        String journal = web.get("/journal").body();
        HttpResponse<String> day = web.get("/days/2026-11-25");
        HttpResponse<String> deleted = web.post("/days/2026-11-25/delete", FORM, "");
        HttpResponse<String> again = web.get("/days/2026-11-25");

        assertThat(journal).contains("href=\"/days/2026-11-25\"");
        assertThat(day.body()).contains("Wednesday 25 November 2026").contains("id=\"decision\"");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(again.body()).contains("No check-in on this day.");
    }
}
