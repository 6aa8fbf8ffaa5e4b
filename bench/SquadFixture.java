// A squad for bench/squad-morning.sh, written through Restwise's own application layer into an
// empty journal: a coach, a squad, and ATHLETES athletes who each accepted an invitation, with
// DAYS days of check-ins (a few days skipped, some with red flags) and about four sessions a week.
// Each check-in is advised by the real engine and stored with its decision, in groups per
// transaction as a restore writes them. Prints, one per line: "squad ID", "coach TOKEN" (a personal
// API token, for Authorization: Bearer), "coach-session COOKIE" (a signed-in browser's session),
// then "athlete TOKEN" for every athlete.
// Run with the application jar on the class path (Java's single-file launcher):
//   java -cp restwise-app/target/restwise.jar bench/SquadFixture.java JDBC_URL [ATHLETES] [DAYS]

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.access.Journals;
import org.restwise.app.access.Requester;
import org.restwise.app.auth.Accounts;
import org.restwise.app.auth.ApiTokens;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.auth.WebSessions;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.Json;
import org.restwise.app.json.SessionJson;
import org.restwise.app.squad.Squads;
import org.restwise.core.access.Account;
import org.restwise.core.access.Role;
import org.restwise.core.access.Squad;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.store.JournalStore;

public class SquadFixture {

    private static final String[] SESSIONS = {
        "{\"type\":\"EASY\",\"minutes\":45,\"rpe\":3,\"distanceKm\":8.5}",
        "{\"type\":\"INTERVALS\",\"minutes\":60,\"rpe\":8,\"distanceKm\":11}",
        "{\"type\":\"LONG_RUN\",\"minutes\":150,\"rpe\":6,\"distanceKm\":26,\"ascentM\":900,\"descentM\":900}",
        "{\"type\":\"MOUNTAIN_RUN\",\"minutes\":120,\"rpe\":7,\"distanceKm\":16,\"ascentM\":1400,\"descentM\":1400}",
        "{\"type\":\"CYCLING\",\"minutes\":90,\"rpe\":4,\"distanceKm\":40}",
    };

    public static void main(String[] args) {
        String url = args[0];
        int athletes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 730;
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        JournalStore store = JournalStore.open(url);
        Accounts accounts = new Accounts(store, clock);
        ApiTokens tokens = new ApiTokens(store, clock);
        Squads squads = new Squads(store, clock);
        Journals journals = new Journals(store);
        // One hash for every account: Argon2id takes a good fraction of a second by design.
        String hash = new PasswordHasher().hash("bench-password-not-secret");
        Account coach = accounts.create("coach@bench.invalid", hash, Set.of(Role.COACH), false).account();
        Requester coaching = new Requester.SignedIn(coach);
        Squad squad = squads.create(coaching, "Bench squad");
        System.out.println("squad " + squad.id());
        System.out.println("coach " + tokens.create(coach, "bench"));
        System.out.println("coach-session " + new WebSessions(store, clock).start(coach, Optional.empty()));
        AdviceEngine engine = new AdviceEngine();
        for (int a = 0; a < athletes; a++) {
            Account athlete = accounts.create("athlete" + a + "@bench.invalid", hash, Set.of(Role.ATHLETE), false).account();
            Requester asking = new Requester.SignedIn(athlete);
            squads.accept(asking, squads.invite(coaching, squad.id()).code());
            AthleteJournal journal = journals.own(asking);
            String name = "Runner " + a;
            journal.write(j -> {
                j.profile().save(new RunnerProfile(Optional.of(name), Optional.empty(), RunnerProfile.Units.METRIC,
                        new AthleteProfile(Optional.of(185), Optional.of(48), Optional.empty(), Optional.of(2))));
                return null;
            });
            Random random = new Random(a);
            List<CheckIn> checkIns = new ArrayList<>();
            List<LoggedSession> sessions = new ArrayList<>();
            for (int back = days - 1; back >= 0; back--) {
                LocalDate date = today.minusDays(back);
                if (random.nextInt(10) > 0 || back == 0 && a % 5 != 0) {
                    checkIns.add(CheckInJson.parse(checkIn(date, random), today));
                }
                if (random.nextInt(7) < 4) {
                    sessions.add(SessionJson.parse(SESSIONS[random.nextInt(SESSIONS.length)]
                            .replace("{", "{\"date\":\"" + date + "\",")));
                }
            }
            journal.writeInTurns(checkIns, 200, (j, group) -> group.forEach(c -> {
                Advice advice = engine.advise(c);
                var output = Json.mapper().valueToTree(advice);
                j.checkIns().save(c, advice.decision(), advice.state(), advice.scenarios(), advice.redFlags(), id -> {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) output).put("checkInId", id).put("date", c.date().toString());
                    return Json.pretty(output);
                });
            }));
            journal.writeInTurns(sessions, 200, (j, group) -> group.forEach(s -> j.sessions().add(s)));
            System.out.println("athlete " + tokens.create(athlete, "bench"));
            if ((a + 1) % 20 == 0) {
                System.err.println("squad fixture: " + (a + 1) + " of " + athletes + " athletes written");
            }
        }
    }

    /** A morning's answers: mostly ordinary, sometimes very sore or short of sleep, rarely a red flag. */
    private static String checkIn(LocalDate date, Random random) {
        int soreness = random.nextInt(10) < 7 ? random.nextInt(4) : 3 + random.nextInt(7);
        double sleep = 5 + random.nextInt(9) * 0.5;
        boolean sharpPain = random.nextInt(60) == 0;
        return "{\"date\":\"" + date + "\",\"context\":{\"lastSession\":\"" + (soreness > 5 ? "LONG_RUN" : "EASY")
                + "\",\"hoursSinceLastSession\":" + (12 + random.nextInt(40)) + "},\"signals\":{\"soreness\":" + soreness
                + ",\"heavyLegs\":" + (soreness > 3) + ",\"sleepHours\":" + sleep + ",\"sharpPain\":" + sharpPain + "}}";
    }
}
