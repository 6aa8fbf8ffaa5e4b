package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restwise.app.access.Requester;
import org.restwise.app.auth.Accounts;
import org.restwise.app.auth.ApiTokens;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.squad.DayNotes;
import org.restwise.app.squad.Squads;
import org.restwise.core.access.Account;
import org.restwise.core.access.AthleteId;
import org.restwise.core.access.Role;
import org.restwise.core.access.Squad;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.activity.SessionType;
import java.time.Instant;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.Sport;
import org.restwise.app.access.Journals;
import org.restwise.app.journal.CheckInRecorder;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;

/**
 * Every route the app registers, asked by everyone who could ask, against one table of who may.
 * A route added without a line here fails the build; a line that lets the wrong person in fails it
 * too. Athlete A's ids are used in every URL, so B, the other coach and the admin are asking for
 * someone else's rows.
 */
class AuthorizationMatrixTest {

    enum Who { ANONYMOUS, ATHLETE, OTHER_ATHLETE, COACH, OTHER_COACH, ADMIN, REVOKED_TOKEN }

    /** What an asker gets: let through to the handler, or refused before it. */
    enum Expect { ALLOWED, SIGN_IN, UNAUTHORIZED, FORBIDDEN, NOT_FOUND }

    private static RunningWebApp web;
    private static final Map<Who, String> TOKENS = new EnumMap<>(Who.class);
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeAll
    static void aSquadWithAnAthleteAndStrangers() {
        web = new RunningWebApp();
        var clock = RunningWebApp.MORNING;
        Accounts accounts = new Accounts(web.journal, clock);
        ApiTokens tokens = new ApiTokens(web.journal, clock);
        String hash = new PasswordHasher().hash("correct horse battery");
        Account athlete = accounts.create("ann@example.org", hash, EnumSet.of(Role.ATHLETE), false).account();
        Account other = accounts.create("ben@example.org", hash, EnumSet.of(Role.ATHLETE), false).account();
        Account carol = accounts.create("carol@example.org", hash, EnumSet.of(Role.ATHLETE), false).account();
        Account coach = accounts.create("coach@example.org", hash, EnumSet.of(Role.COACH), false).account();
        Account otherCoach = accounts.create("other-coach@example.org", hash, EnumSet.of(Role.COACH), false).account();
        Account admin = accounts.create("admin@example.org", hash, EnumSet.of(Role.ADMIN), false).account();
        TOKENS.put(Who.ATHLETE, tokens.create(athlete, "matrix"));
        TOKENS.put(Who.OTHER_ATHLETE, tokens.create(other, "matrix"));
        TOKENS.put(Who.COACH, tokens.create(coach, "matrix"));
        TOKENS.put(Who.OTHER_COACH, tokens.create(otherCoach, "matrix"));
        TOKENS.put(Who.ADMIN, tokens.create(admin, "matrix"));
        String revoked = tokens.create(athlete, "revoked");
        tokens.revoke(athlete, tokens.of(athlete).stream().filter(t -> t.name().equals("revoked")).findFirst().orElseThrow().id());
        TOKENS.put(Who.REVOKED_TOKEN, revoked);
        tokens.create(athlete, "spare");
        IDS.put("token", String.valueOf(tokens.of(athlete).stream().filter(t -> t.name().equals("spare")).findFirst().orElseThrow().id()));

        Squads squads = new Squads(web.journal, clock);
        Squad squad = squads.create(new Requester.SignedIn(coach), "Tuesday hills");
        Squad second = squads.create(new Requester.SignedIn(coach), "Long runs");
        for (Account member : List.of(athlete, carol)) {
            squads.accept(new Requester.SignedIn(member), squads.invite(new Requester.SignedIn(coach), squad.id()).code());
        }
        squads.accept(new Requester.SignedIn(athlete), squads.invite(new Requester.SignedIn(coach), second.id()).code());
        AthleteId athleteJournal = web.journal.read(j -> j.athletes().ofAccount(athlete.id())).orElseThrow();
        AthleteId carolJournal = web.journal.read(j -> j.athletes().ofAccount(carol.id())).orElseThrow();
        long session = web.journal.write(j -> j.athlete(athleteJournal).sessions().add(new LoggedSession(
                LocalDate.of(2026, 11, 28), Optional.of(LocalDateTime.of(2026, 11, 28, 7, 0)), Optional.of(SessionType.EASY),
                40, Optional.of(3), Optional.of(8.0), Optional.empty(), Optional.empty(), Optional.empty())));
        web.journal.write(j -> {
            j.athlete(athleteJournal).activities().add(session, new ImportedActivity("easy.fit", "FIT", Sport.RUNNING,
                    new ActivitySummary(Optional.of(Instant.parse("2026-11-28T07:00:00Z")), 100, Optional.of(8000.0),
                            Optional.empty(), Optional.of(2400.0), Optional.of(2400.0), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(300.0)),
                    new InferredSessionType(SessionType.EASY, "an easy run")));
            return null;
        });
        for (Account keeper : List.of(athlete, other)) {
            new CheckInRecorder().record(new Journals(web.journal).own(new Requester.SignedIn(keeper)),
                    new CheckIn(LocalDate.of(2026, 11, 29), AthleteProfile.UNKNOWN, Context.UNKNOWN,
                            Signals.builder().soreness(6).heavyLegs(true).build()),
                    LocalDateTime.of(2026, 11, 29, 6, 30));
        }
        new CheckInRecorder().record(new Journals(web.journal).own(new Requester.SignedIn(athlete)),
                new CheckIn(LocalDate.of(2026, 11, 20), AthleteProfile.UNKNOWN, Context.UNKNOWN, Signals.builder().build()),
                LocalDateTime.of(2026, 11, 20, 6, 30));
        new DayNotes(web.journal, clock).write(new Requester.SignedIn(coach), athleteJournal, LocalDate.of(2026, 11, 28), "Easy today?");
        IDS.put("athlete", String.valueOf(athleteJournal.value()));
        IDS.put("carol", String.valueOf(carolJournal.value()));
        IDS.put("squad", String.valueOf(squad.id()));
        IDS.put("second-squad", String.valueOf(second.id()));
        IDS.put("session", String.valueOf(session));
        long spare = web.journal.write(j -> j.athlete(athleteJournal).sessions().add(new LoggedSession(
                LocalDate.of(2026, 11, 27), Optional.empty(), Optional.of(SessionType.EASY), 30, Optional.of(2),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
        IDS.put("spare-session", String.valueOf(spare));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    /** Who may reach each route. Anonymous pages send to sign-in; anonymous API calls get 401. */
    private static final Map<String, Map<Who, Expect>> RULES = new LinkedHashMap<>();

    static {
        for (String route : List.of("GET /login", "GET /api/openapi.json")) {
            RULES.put(route, everyone(Expect.ALLOWED, Expect.ALLOWED));
        }
        // Reached by everyone; empty credentials are refused by the sign-in itself.
        RULES.put("POST /login", everyone(Expect.UNAUTHORIZED, Expect.UNAUTHORIZED));
        for (String route : List.of("POST /logout", "POST /logout-everywhere", "GET /account", "POST /account/tokens",
                "POST /account/delete", "GET /squads", "GET /calculators", "POST /api/advise", "GET /notes")) {
            RULES.put(route, signedIn());
        }
        RULES.put("POST /account/tokens/{id}/revoke", only(Who.ATHLETE, Expect.NOT_FOUND));
        // Today, for someone who keeps no journal, sends them to their squads or their account.
        RULES.put("GET /", athletesOnly(Expect.ALLOWED));
        for (String route : List.of("POST /", "POST /ten-minute-test", "GET /journal", "POST /journal/sessions",
                "GET /profile", "POST /profile", "GET /plans", "GET /activities", "POST /activities", "POST /activities/retype", "POST /today/delete",
                "POST /api/activities", "GET /api/activities", "POST /api/check-ins", "GET /api/check-ins",
                "GET /api/today", "POST /api/sessions", "GET /api/sessions", "GET /api/profile", "PUT /api/profile",
                "GET /api/load", "GET /account/export", "GET /body", "GET /api/body")) {
            RULES.put(route, ownJournal());
        }
        // The ids in these URLs are the athlete's: anyone else finds nothing there.
        RULES.put("GET /activities/{id}", athletesOwn());
        RULES.put("GET /days/{date}", ownJournal());
        RULES.put("POST /days/{date}/delete", athletesOwn());
        RULES.put("GET /sessions/{id}", athletesOwn());
        RULES.put("POST /sessions/{id}", athletesOwn());
        RULES.put("POST /sessions/{id}/delete", athletesOwn());
        RULES.put("GET /api/activities/{id}", athletesOwn());
        RULES.put("POST /account/squads/{id}/leave", athletesOwn());
        RULES.put("GET /athletes/{id}", athleteAndCoach());
        RULES.put("POST /athletes/{id}/notes", athleteAndCoach());
        RULES.put("GET /api/athletes/{id}/notes", athleteAndCoach());
        RULES.put("GET /api/athletes/{id}/body", athleteAndCoach());
        RULES.put("GET /athletes/{id}/body", athleteAndCoach());
        RULES.put("POST /api/athletes/{id}/notes", athleteAndCoach());
        for (String route : List.of("GET /squads/{id}", "POST /squads/{id}/invitations",
                "POST /squads/{id}/members/{athlete}/remove", "GET /api/squads/{id}/today")) {
            RULES.put(route, only(Who.COACH, Expect.NOT_FOUND));
        }
        RULES.put("GET /api/squads", signedIn());
        Map<Who, Expect> coaches = signedIn();
        coaches.putAll(Map.of(Who.ATHLETE, Expect.FORBIDDEN, Who.OTHER_ATHLETE, Expect.FORBIDDEN, Who.ADMIN, Expect.FORBIDDEN));
        RULES.put("POST /squads", coaches);
        // An invitation's page is for people without an account; a bad code is refused by the use case.
        RULES.put("GET /join/{code}", everyone(Expect.ALLOWED, Expect.UNAUTHORIZED));
        RULES.put("POST /join/{code}/account", everyone(Expect.ALLOWED, Expect.UNAUTHORIZED));
        Map<Who, Expect> accept = everyone(Expect.ALLOWED, Expect.UNAUTHORIZED);
        accept.put(Who.ANONYMOUS, Expect.UNAUTHORIZED);
        RULES.put("POST /join/{code}", accept);
        // The API answers an anonymous caller 401 where a page sends them to sign in.
        RULES.forEach((route, rule) -> {
            if (route.contains(" /api/") && rule.get(Who.ANONYMOUS) == Expect.SIGN_IN) {
                rule.put(Who.ANONYMOUS, Expect.UNAUTHORIZED);
            }
        });
    }

    @Test
    void everyRouteHasARuleAndEveryAskerGetsWhatTheRuleSays() {
        List<String> failures = new ArrayList<>();
        for (ParsedEndpoint route : web.routes()) {
            HandlerType method = route.endpoint.method;
            if (!List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH).contains(method)) {
                continue;
            }
            String key = method + " " + route.endpoint.path;
            Map<Who, Expect> rule = RULES.get(key);
            if (rule == null) {
                failures.add(key + ": no rule in the authorization matrix");
                continue;
            }
            for (Who who : Who.values()) {
                HttpResponse<String> response = ask(method, concrete(route.endpoint.path), who);
                Expect got = classify(response, key.startsWith("GET /api") || key.contains(" /api/"));
                if (got != rule.get(who)) {
                    failures.add(key + " as " + who + ": expected " + rule.get(who) + ", got " + response.statusCode()
                            + " (" + got + ") " + firstLine(response.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theTableHasNoRuleForARouteThatIsGone() {
        List<String> registered = web.routes().stream().map(r -> r.endpoint.method + " " + r.endpoint.path).toList();
        assertThat(RULES.keySet()).allSatisfy(route -> assertThat(registered).contains(route));
    }

    @Test
    void everyApiRouteIsInTheOpenApiDocument() throws Exception {
        var document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(web.get("/api/openapi.json").body()).get("paths");
        List<String> missing = web.routes().stream()
                .filter(r -> r.endpoint.path.startsWith("/api/"))
                .filter(r -> document.get(r.endpoint.path) == null
                        || document.get(r.endpoint.path).get(r.endpoint.method.toString().toLowerCase(java.util.Locale.ROOT)) == null)
                .map(r -> r.endpoint.method + " " + r.endpoint.path).toList();
        assertThat(missing).isEmpty();
    }

    private static Expect classify(HttpResponse<String> response, boolean api) {
        int status = response.statusCode();
        if (status >= 500) {
            return null;
        }
        if (status == 303 && response.headers().firstValue("Location").orElse("").startsWith("/login?")) {
            return Expect.SIGN_IN;
        }
        return switch (status) {
            case 401 -> Expect.UNAUTHORIZED;
            case 403 -> Expect.FORBIDDEN;
            case 404 -> Expect.NOT_FOUND;
            default -> Expect.ALLOWED;
        };
    }

    private static HttpResponse<String> ask(HandlerType method, String path, Who who) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.url(path)));
        if (TOKENS.containsKey(who)) {
            request.header("Authorization", "Bearer " + TOKENS.get(who));
        }
        boolean api = path.startsWith("/api/");
        String body = api ? "{}" : "";
        request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded");
        return web.send(method.equals(HandlerType.GET) ? request.GET()
                : request.method(method.toString(), HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String concrete(String path) {
        String squad = path.startsWith("/account/squads") ? IDS.get("second-squad") : IDS.get("squad");
        String id = path.startsWith("/squads") || path.startsWith("/api/squads") || path.startsWith("/account/squads") ? squad
                : path.startsWith("/athletes") || path.startsWith("/api/athletes") ? IDS.get("athlete")
                : path.startsWith("/account/tokens") ? IDS.get("token")
                : path.endsWith("/delete") ? IDS.get("spare-session")
                : IDS.get("session");
        return path.replace("{id}", id).replace("{athlete}", IDS.get("carol")).replace("{code}", "not-a-real-code")
                .replace("{date}", "2026-11-20");
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) : line;
    }

    private static Map<Who, Expect> everyone(Expect signedIn, Expect revoked) {
        Map<Who, Expect> rule = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            rule.put(who, signedIn);
        }
        rule.put(Who.REVOKED_TOKEN, revoked);
        return rule;
    }

    private static Map<Who, Expect> signedIn() {
        Map<Who, Expect> rule = everyone(Expect.ALLOWED, Expect.UNAUTHORIZED);
        rule.put(Who.ANONYMOUS, Expect.SIGN_IN);
        return rule;
    }

    /** The requester's own journal: athletes have one; coach-only and admin accounts keep none. */
    private static Map<Who, Expect> ownJournal() {
        Map<Who, Expect> rule = signedIn();
        rule.putAll(Map.of(Who.COACH, Expect.FORBIDDEN, Who.OTHER_COACH, Expect.FORBIDDEN, Who.ADMIN, Expect.FORBIDDEN));
        return rule;
    }

    private static Map<Who, Expect> athletesOnly(Expect others) {
        Map<Who, Expect> rule = signedIn();
        rule.putAll(Map.of(Who.COACH, others, Who.OTHER_COACH, others, Who.ADMIN, others));
        return rule;
    }

    private static Map<Who, Expect> athletesOwn() {
        Map<Who, Expect> rule = ownJournal();
        rule.put(Who.OTHER_ATHLETE, Expect.NOT_FOUND);
        return rule;
    }

    private static Map<Who, Expect> athleteAndCoach() {
        Map<Who, Expect> rule = only(Who.ATHLETE, Expect.NOT_FOUND);
        rule.put(Who.COACH, Expect.ALLOWED);
        return rule;
    }

    /** Only {@code who} is let through; every other signed-in asker gets {@code others}. */
    private static Map<Who, Expect> only(Who who, Expect others) {
        Map<Who, Expect> rule = signedIn();
        for (Who other : List.of(Who.ATHLETE, Who.OTHER_ATHLETE, Who.COACH, Who.OTHER_COACH, Who.ADMIN)) {
            rule.put(other, other == who ? Expect.ALLOWED : others);
        }
        return rule;
    }
}
