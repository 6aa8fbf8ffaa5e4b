package org.restwise.app.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.function.Supplier;
import org.restwise.app.auth.ApiTokens;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.auth.WebSessions;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.formats.ActivityFiles;
import org.restwise.app.access.Journals;
import org.restwise.app.auth.Accounts;
import org.restwise.app.squad.DayNotes;
import org.restwise.app.squad.SquadMorning;
import org.restwise.app.squad.Squads;
import org.restwise.app.Restwise;

/**
 * The web edge: server-rendered pages and the JSON API on one Javalin server. {@link #create}
 * returns it unstarted, so {@code serve} picks the address and tests start it on port 0.
 */
public final class WebApp {

    /** JSON and form bodies are a few kilobytes; anything near this is a mistake or an attack. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;

    /** Default bound on one upload of activity files (an export zip of a few years fits); {@code serve --max-upload-mb} changes it. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    private WebApp() {
    }

    public static Javalin create(AdviceEngine engine, Restwise journal, Clock clock) {
        return create(engine, journal, clock, DEFAULT_MAX_UPLOAD_BYTES);
    }

    /**
     * @param engine decides for the stateless {@code POST /api/advise}
     * @param journal the runner's journal, the same one the command line uses
     * @param clock what "today" is, and the time zone imported activities are placed in
     * @param maxUploadBytes the largest upload of activity files taken (413 above)
     */
    public static Javalin create(AdviceEngine engine, Restwise journal, Clock clock, long maxUploadBytes) {
        return create(engine, journal, clock, maxUploadBytes, false);
    }

    /**
     * @param trustProxy whether a reverse proxy in front says the browser used TLS
     *     ({@code X-Forwarded-Proto: https}), so session cookies are marked Secure
     */
    public static Javalin create(AdviceEngine engine, Restwise journal, Clock clock, long maxUploadBytes,
            boolean trustProxy) {
        return create(engine, journal, clock, maxUploadBytes, trustProxy, () -> new ActivityFiles()::read);
    }

    /** As above, with the readers of uploaded files given (tests stand in a reader that runs out of memory). */
    static Javalin create(AdviceEngine engine, Restwise journal, Clock clock, long maxUploadBytes,
                          boolean trustProxy, Supplier<ActivityUploads.Reader> readers) {
        // At start: whatever a server killed during an upload left behind is removed now.
        UploadFolder uploadFolder = UploadFolder.inTemporaryFolder();
        Pages pages = new Pages();
        WebSessions sessions = journal.webSessions(clock);
        ApiTokens tokens = journal.apiTokens(clock);
        Journals journals = journal.journals();
        Accounts accounts = journal.accounts(clock);
        AccessGate gate = new AccessGate(accounts, sessions, tokens, trustProxy);
        Squads squads = journal.squads(clock);
        SquadMorning morning = journal.squadMorning(clock);
        DayNotes notes = journal.dayNotes(clock);
        PasswordHasher hasher = new PasswordHasher();
        AccountPages accountPages = new AccountPages(journal.signIn(hasher, clock),
                sessions, tokens, gate, pages, accounts, squads, journals);
        SquadPages squadPages = new SquadPages(squads, morning, notes, journals, clock, pages);
        JoinPages joinPages = new JoinPages(squads, accounts, hasher, sessions, gate, pages);
        SessionPage sessionPage = new SessionPage(journals, clock, pages);
        DayPage dayPage = new DayPage(journals, clock, pages);
        SquadApi squadApi = new SquadApi(squads, morning, notes, clock);
        TodayPage today = new TodayPage(journals, clock, pages);
        AdviseApi api = new AdviseApi(engine, clock);
        JournalApi journalApi = new JournalApi(journals, clock);
        JournalPage journalPage = new JournalPage(journals, clock, pages);
        ProfilePage profilePage = new ProfilePage(journals, pages);
        PlansPage plansPage = new PlansPage(journals, clock, pages);
        CalculatorsPage calculatorsPage = new CalculatorsPage(journals, pages);
        ActivityUploads uploads = new ActivityUploads(journals, clock, maxUploadBytes, uploadFolder, readers);
        ActivitiesPage activitiesPage = new ActivitiesPage(journals, clock, pages, uploads);
        ActivitiesApi activitiesApi = new ActivitiesApi(journals, uploads);
        BodyPage bodyPage = new BodyPage(journals, clock, pages);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            // Upload parts go to temporary files, not memory; Jetty stops reading past the bound.
            config.jetty.multipartConfig.cacheDirectory(uploadFolder.processFolder().toString());
            config.jetty.multipartConfig.maxInMemoryFileSize(ActivityUploads.IN_MEMORY_PART_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(maxUploadBytes, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(maxUploadBytes, SizeUnit.BYTES);

            BrowserSafety.register(config.routes);
            gate.register(config.routes);
            config.routes.get("/login", accountPages::loginForm);
            config.routes.post("/login", accountPages::login);
            config.routes.post("/logout", accountPages::logout);
            config.routes.post("/logout-everywhere", accountPages::logoutEverywhere);
            config.routes.get("/account", accountPages::show);
            config.routes.post("/account/tokens", accountPages::createToken);
            config.routes.post("/account/tokens/{id}/revoke", accountPages::revokeToken);
            config.routes.post("/account/squads/{id}/leave", accountPages::leaveSquad);
            config.routes.get("/account/export", accountPages::export);
            config.routes.post("/account/delete", accountPages::delete);
            config.routes.get("/squads", squadPages::list);
            config.routes.post("/squads", squadPages::create);
            config.routes.get("/squads/{id}", squadPages::show);
            config.routes.post("/squads/{id}/invitations", squadPages::invite);
            config.routes.post("/squads/{id}/members/{athlete}/remove", squadPages::remove);
            config.routes.get("/athletes/{id}", squadPages::athlete);
            config.routes.get("/notes", squadPages::ownNotes);
            config.routes.post("/athletes/{id}/notes", squadPages::writeNote);
            config.routes.get("/join/{code}", joinPages::show);
            config.routes.post("/join/{code}", joinPages::accept);
            config.routes.post("/join/{code}/account", joinPages::signUp);
            config.routes.get("/api/squads", squadApi::list);
            config.routes.get("/api/squads/{id}/today", squadApi::today);
            config.routes.get("/api/athletes/{id}/notes", squadApi::notes);
            config.routes.post("/api/athletes/{id}/notes", squadApi::writeNote);
            config.routes.get("/", today::show);
            config.routes.post("/", today::checkIn);
            config.routes.post("/ten-minute-test", today::tenMinuteTest);
            config.routes.get("/journal", journalPage::show);
            config.routes.post("/journal/sessions", journalPage::logSession);
            config.routes.get("/days/{date}", dayPage::show);
            config.routes.post("/days/{date}/delete", dayPage::delete);
            config.routes.post("/today/delete", dayPage::deleteToday);
            config.routes.get("/sessions/{id}", sessionPage::show);
            config.routes.post("/sessions/{id}", sessionPage::save);
            config.routes.post("/sessions/{id}/delete", sessionPage::delete);
            config.routes.get("/profile", profilePage::show);
            config.routes.post("/profile", profilePage::save);
            config.routes.get("/plans", plansPage::show);
            config.routes.get("/calculators", calculatorsPage::show);
            config.routes.get("/activities", activitiesPage::show);
            config.routes.post("/activities", activitiesPage::upload);
            config.routes.post("/activities/retype", activitiesPage::retype);
            config.routes.get("/activities/{id}", activitiesPage::one);
            config.routes.post("/api/activities", activitiesApi::upload);
            config.routes.get("/api/activities", activitiesApi::list);
            config.routes.get("/api/activities/{id}", activitiesApi::one);
            config.routes.post("/api/advise", api::advise);
            config.routes.get("/api/openapi.json", api::openApi);
            config.routes.post("/api/check-ins", journalApi::checkIn);
            config.routes.get("/api/check-ins", journalApi::checkIns);
            config.routes.get("/api/today", journalApi::today);
            config.routes.post("/api/sessions", journalApi::logSession);
            config.routes.get("/api/sessions", journalApi::sessions);
            config.routes.get("/api/profile", journalApi::profile);
            config.routes.put("/api/profile", journalApi::replaceProfile);
            config.routes.get("/api/load", journalPage::loadApi);
            config.routes.get("/body", bodyPage::show);
            config.routes.get("/api/body", bodyPage::ownApi);
            config.routes.get("/api/athletes/{id}/body", bodyPage::athleteApi);
            config.routes.get("/athletes/{id}/body", bodyPage::athlete);

            new WebErrors(pages).register(config.routes);
        });
    }
}
