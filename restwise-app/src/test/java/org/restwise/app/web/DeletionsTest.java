package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restwise.core.access.AthleteId;
import org.restwise.core.activity.SessionType;
import org.restwise.core.journal.LoggedSession;

/** Deleting on the web: today's check-in from Today itself, a session from its page, each confirmed on the journal. */
class DeletionsTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private RunningWebApp web;

    @BeforeEach
    void start() {
        web = new RunningWebApp();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void todaysCheckInIsDeletedFromTodayAndTheJournalSaysSo() {
        String decided = web.post("/", FORM, "signals.soreness=3").body();
        assertThat(decided).contains("action=\"/today/delete\"");

        HttpResponse<String> deleted = web.post("/today/delete", FORM, "");

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).contains("/journal?deleted=check-in");
        assertThat(web.get("/journal?deleted=check-in").body()).contains("Check-in deleted; the rest of the journal is as it was.");
        boolean stillThere = web.journal.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().onDate(LocalDate.of(2026, 11, 29)))
                .isPresent();
        assertThat(stillThere).isFalse();
        assertThat(web.get("/").body()).doesNotContain("action=\"/today/delete\"");
        assertThat(web.post("/today/delete", FORM, "").statusCode()).isEqualTo(404);
    }

    @Test
    void aSessionDeletedFromItsPageIsConfirmedOnTheJournal() {
        long id = web.journal.write(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().add(new LoggedSession(LocalDate.of(2026, 11, 28),
                Optional.empty(), Optional.of(SessionType.EASY), 40, Optional.of(3), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())));

        HttpResponse<String> deleted = web.post("/sessions/" + id + "/delete", FORM, "");

        assertThat(deleted.headers().firstValue("Location")).contains("/journal?deleted=session#sessions");
        assertThat(web.get("/journal?deleted=session").body()).contains("Session deleted, and its imported activity with it.");
        assertThat(web.get("/journal?deleted=%3Cscript%3E").body()).doesNotContain("<script>").doesNotContain("deleted,");
    }
}
