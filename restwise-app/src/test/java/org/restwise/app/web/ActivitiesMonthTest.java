package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The activity list a month at a time, with the weeks' totals and the files by name only. */
class ActivitiesMonthTest {

    private RunningWebApp web;

    @BeforeEach
    void runsInOctoberAndNovember() {
        web = new RunningWebApp();
        run("2026-10-14T07:00:00Z", "/home/ana/watch/october.fit", 10_000);
        run("2026-11-23T07:00:00Z", "/srv/uploads/restwise-123/monday.fit", 12_000);
        run("2026-11-26T07:00:00Z", "export.zip!/activities/thursday.fit", 8_000);
    }

    private void run(String start, String file, double meters) {
        Instant at = Instant.parse(start);
        web.journal.write(j -> {
            long id = j.athlete(AthleteId.OWN_RUNNER).sessions().add(new LoggedSession(LocalDate.parse(start.substring(0, 10)),
                    Optional.empty(), Optional.of(SessionType.EASY), 60, Optional.of(3), Optional.of(meters / 1000),
                    Optional.empty(), Optional.empty(), Optional.empty()));
            j.athlete(AthleteId.OWN_RUNNER).activities().add(id, new ImportedActivity(file, "FIT", Sport.RUNNING,
                    new ActivitySummary(Optional.of(at), 100, Optional.of(meters), Optional.empty(), Optional.of(3600.0),
                            Optional.of(3600.0), Optional.of(100.0), Optional.of(100.0), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty()),
                    new InferredSessionType(SessionType.EASY, "an easy run")));
            return null;
        });
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theListOpensOnTheNewestMonthWithItsWeeklyTotalsAndPagesBack() {
        String november = web.get("/activities").body();
        String october = web.get("/activities?month=2026-10").body();

        assertThat(november).contains("November 2026").contains("Week of 23 Nov").contains("20.0 km")
                .contains("href=\"/activities?month=2026-10#activity-list\"").doesNotContain("data-activity-id=\"1\"");
        assertThat(october).contains("October 2026").contains("data-activity-id=\"1\"").doesNotContain("data-activity-id=\"2\"")
                .contains("href=\"/activities?month=2026-11#activity-list\"");
    }

    @Test
    void noPageShowsWhereAFileLayOnADisk() {
        String october = web.get("/activities/1").body();
        String monday = web.get("/activities/2").body();
        String thursday = web.get("/activities/3").body();

        assertThat(october).contains("october.fit").doesNotContain("/home/ana");
        assertThat(monday).contains("monday.fit").doesNotContain("/srv/uploads");
        assertThat(thursday).contains("thursday.fit").doesNotContain("export.zip!");
    }

    @Test
    void aMonthThatIsNotOneIsRefusedNamingTheField() {
        assertThat(web.get("/activities?month=Nov").statusCode()).isEqualTo(400);
    }
}
