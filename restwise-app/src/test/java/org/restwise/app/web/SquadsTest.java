package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restwise.app.auth.Accounts;
import org.restwise.app.auth.ApiTokens;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.json.JournalImport;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Role;

/** A coach's squad end to end over HTTP: invite, join, the morning page, notes, leaving. */
class SquadsTest {

    private static final String PASSWORD = "correct horse battery";

    private RunningWebApp web;
    private Accounts accounts;

    @BeforeEach
    void aServerWithACoachAndTwoAthletes() {
        web = new RunningWebApp();
        accounts = new Accounts(web.journal, RunningWebApp.MORNING);
        String hash = new PasswordHasher().hash(PASSWORD);
        accounts.create("coach@example.org", hash, EnumSet.of(Role.COACH, Role.ADMIN), false);
        accounts.create("ann@example.org", hash, EnumSet.of(Role.ATHLETE), false);
        accounts.create("ben@example.org", hash, EnumSet.of(Role.ATHLETE), false);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String newSquad(SignedInClient coach, String name) {
        HttpResponse<String> made = coach.post("/squads", "name=" + SignedInClient.encoded(name));
        assertThat(made.statusCode()).isEqualTo(303);
        return made.headers().firstValue("Location").orElseThrow();
    }

    private static String invitationCode(HttpResponse<String> squadPage) {
        Matcher link = Pattern.compile("/join/([A-Za-z0-9_-]+)</code>").matcher(squadPage.body());
        assertThat(link.find()).as("an invitation link on the page").isTrue();
        return link.group(1);
    }

    @Test
    void anAthleteWhoAcceptsIsOnTheCoachsMorningWithTodaysDecisionAndReadsTheCoachsNote() {
        SignedInClient coach = SignedInClient.signIn(web, "coach@example.org", PASSWORD);
        String squad = newSquad(coach, "Tuesday <hills>");
        String code = invitationCode(coach.post(squad + "/invitations", ""));
        SignedInClient ann = SignedInClient.signIn(web, "ann@example.org", PASSWORD);

        HttpResponse<String> joined = ann.post("/join/" + code, "");
        String token = new ApiTokens(web.journal, RunningWebApp.MORNING).create(accounts.find("ann@example.org").orElseThrow(), "watch");
        HttpResponse<String> checkIn = web.send(HttpRequest.newBuilder(URI.create(web.url("/api/check-ins")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"signals\":{\"soreness\":7,\"sharpPain\":true,\"sleepHours\":6}}")));
        HttpResponse<String> morning = coach.get(squad);
        HttpResponse<String> json = coach.get("/api" + squad + "/today");

        assertThat(joined.statusCode()).isEqualTo(303);
        assertThat(checkIn.statusCode()).isEqualTo(201);
        assertThat(morning.body()).contains("ann@example.org").contains("Reassess").contains("Look now")
                .contains("Soreness 7/10 · slept 6 h").contains("Tuesday &lt;hills&gt;").doesNotContain("Tuesday <hills>");
        assertThat(json.body()).contains("\"urgency\":\"REASSESS_OR_RED_FLAG\"").contains("\"decision\":\"REASSESS\"");

        String athlete = Pattern.compile("href=\"/athletes/(\\d+)\"").matcher(morning.body()).results().findFirst().orElseThrow().group(1);
        HttpResponse<String> note = coach.post("/athletes/" + athlete + "/notes", "note=" + SignedInClient.encoded("Rest up <b>today</b>"));
        HttpResponse<String> notes = ann.get("/notes");

        assertThat(note.statusCode()).isEqualTo(303);
        assertThat(notes.body()).contains("Rest up &lt;b&gt;today&lt;/b&gt;").contains("coach@example.org");
    }

    @Test
    void anAthletesDownloadHoldsTheirJournalAndTheirCoachsNotesAndRestoresWithoutThem() {
        SignedInClient coach = SignedInClient.signIn(web, "coach@example.org", PASSWORD);
        String squad = newSquad(coach, "Hills");
        SignedInClient ann = SignedInClient.signIn(web, "ann@example.org", PASSWORD);
        ann.post("/join/" + invitationCode(coach.post(squad + "/invitations", "")), "");
        ann.post("/", "signals.soreness=4");
        String athlete = Pattern.compile("href=\"/athletes/(\\d+)\"").matcher(coach.get(squad).body()).results()
                .findFirst().orElseThrow().group(1);
        coach.post("/athletes/" + athlete + "/notes", "note=" + SignedInClient.encoded("Nice and easy"));

        HttpResponse<String> download = ann.get("/account/export");
        JournalImport backup = JournalImport.parse(download.body());

        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(download.body()).contains("\"version\": 3").contains("Nice and easy").contains("coach@example.org");
        assertThat(backup.checkIns()).hasSize(1);
        assertThat(backup.notesLeftOut()).isEqualTo(1);
        assertThat(web.get("/account/export").statusCode()).isEqualTo(303);
    }

    @Test
    void theCoachReadsAMembersBodySignalsButNotSomeoneElsesAndSeesWhoIsOutsideTheirNormal() {
        SignedInClient coach = SignedInClient.signIn(web, "coach@example.org", PASSWORD);
        String squad = newSquad(coach, "Hills");
        String code = invitationCode(coach.post(squad + "/invitations", ""));
        SignedInClient ann = SignedInClient.signIn(web, "ann@example.org", PASSWORD);
        ann.post("/join/" + code, "");
        String token = new ApiTokens(web.journal, RunningWebApp.MORNING).create(accounts.find("ann@example.org").orElseThrow(), "watch");
        for (int ago = 30; ago >= 0; ago--) {
            String date = RunningWebApp.MORNING.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(ago).toString();
            int bpm = ago == 0 ? 57 : 44 + ago % 3;
            HttpResponse<String> saved = web.send(HttpRequest.newBuilder(URI.create(web.url("/api/check-ins")))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"" + date + "\",\"signals\":{\"soreness\":1},"
                            + "\"body\":{\"restingHeartRateBpm\":" + bpm + "}}")));
            assertThat(saved.statusCode()).isEqualTo(201);
        }
        SignedInClient ben = SignedInClient.signIn(web, "ben@example.org", PASSWORD);

        HttpResponse<String> morning = coach.get(squad);
        String athlete = Pattern.compile("href=\"/athletes/(\\d+)\"").matcher(morning.body()).results().findFirst().orElseThrow().group(1);
        HttpResponse<String> body = coach.get("/athletes/" + athlete + "/body");
        HttpResponse<String> stranger = ben.get("/athletes/" + athlete + "/body");

        assertThat(morning.body()).contains("<li class=\"outside-normal\">Resting heart rate 57 bpm this morning");
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(body.body()).contains("<h1 class=\"page-title\">Athlete " + athlete + "'s body</h1>")
                .contains("read against their own normal")
                .contains("data-signal=\"restingHeartRate\"");
        assertThat(stranger.statusCode()).isEqualTo(404);
    }

    @Test
    void anInvitationWorksOnceAndSomeoneElseCannotReuseIt() {
        SignedInClient coach = SignedInClient.signIn(web, "coach@example.org", PASSWORD);
        String code = invitationCode(coach.post(newSquad(coach, "Hills") + "/invitations", ""));

        HttpResponse<String> first = SignedInClient.signIn(web, "ann@example.org", PASSWORD).post("/join/" + code, "");
        HttpResponse<String> second = SignedInClient.signIn(web, "ben@example.org", PASSWORD).post("/join/" + code, "");

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("used already or has expired");
    }

    @Test
    void aStrangerWithTheLinkMakesAnAthleteAccountAndJoinsInOneStep() {
        SignedInClient coach = SignedInClient.signIn(web, "coach@example.org", PASSWORD);
        String squad = newSquad(coach, "Hills");
        String code = invitationCode(coach.post(squad + "/invitations", ""));

        HttpResponse<String> page = web.get("/join/" + code);
        HttpResponse<String> signUp = web.post("/join/" + code + "/account", "application/x-www-form-urlencoded",
                "email=dee%40example.org&password=another+long+one&again=another+long+one");

        assertThat(page.body()).contains("coach@example.org").contains("Hills").contains("Make my account and join");
        assertThat(signUp.statusCode()).isEqualTo(303);
        assertThat(coach.get(squad).body()).contains("dee@example.org");
    }

    @Test
    void anAthleteWhoLeavesIsNoLongerReadableByTheCoach() {
        SignedInClient coach = SignedInClient.signIn(web, "coach@example.org", PASSWORD);
        String squad = newSquad(coach, "Hills");
        String code = invitationCode(coach.post(squad + "/invitations", ""));
        SignedInClient ann = SignedInClient.signIn(web, "ann@example.org", PASSWORD);
        ann.post("/join/" + code, "");
        String athlete = Pattern.compile("href=\"/athletes/(\\d+)\"").matcher(coach.get(squad).body()).results()
                .findFirst().orElseThrow().group(1);
        String squadId = squad.substring("/squads/".length());

        HttpResponse<String> before = coach.get("/athletes/" + athlete);
        HttpResponse<String> accountPage = ann.get("/account");
        HttpResponse<String> left = ann.post("/account/squads/" + squadId + "/leave", "");
        HttpResponse<String> after = coach.get("/athletes/" + athlete);

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(accountPage.body()).contains("Who sees your journal").contains("coach@example.org");
        assertThat(left.statusCode()).isEqualTo(303);
        assertThat(after.statusCode()).isEqualTo(404);
    }

    @Test
    void aCoachCannotWriteInAnAthletesJournalOnlyNotes() {
        SignedInClient coach = SignedInClient.signIn(web, "coach@example.org", PASSWORD);
        String code = invitationCode(coach.post(newSquad(coach, "Hills") + "/invitations", ""));
        SignedInClient.signIn(web, "ann@example.org", PASSWORD).post("/join/" + code, "");

        HttpResponse<String> checkIn = coach.post("/", "signals.soreness=3");

        assertThat(checkIn.statusCode()).isEqualTo(403);
    }

    @Test
    void deletingYourAccountDeletesYourJournalAndSignsYouOut() {
        SignedInClient ann = SignedInClient.signIn(web, "ann@example.org", PASSWORD);
        ann.post("/", "signals.soreness=3");
        long account = accounts.find("ann@example.org").orElseThrow().id();
        AthleteId journal = web.journal.read(j -> j.athletes().ofAccount(account)).orElseThrow();
        int checkInsBefore = web.journal.read(j -> j.athlete(journal).checkIns().count());

        HttpResponse<String> refused = ann.post("/account/delete", "confirm=someone-else%40example.org");
        HttpResponse<String> deleted = ann.post("/account/delete", "confirm=ann%40example.org");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(accounts.find("ann@example.org")).isEmpty();
        boolean journalLeft = web.journal.read(j -> j.athletes().exists(journal));
        int checkInsAfter = web.journal.read(j -> j.athlete(journal).checkIns().count());
        assertThat(checkInsBefore).isEqualTo(1);
        assertThat(journalLeft).isFalse();
        assertThat(checkInsAfter).isZero();
        assertThat(ann.get("/").statusCode()).isEqualTo(303);
    }
}
