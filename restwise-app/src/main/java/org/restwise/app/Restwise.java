package org.restwise.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.restwise.app.access.Journals;
import org.restwise.app.auth.Accounts;
import org.restwise.app.auth.ApiTokens;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.auth.SignIn;
import org.restwise.app.auth.WebSessions;
import org.restwise.app.squad.DayNotes;
import org.restwise.app.squad.SquadMorning;
import org.restwise.app.squad.Squads;
import org.restwise.store.JournalBusyException;
import org.restwise.store.JournalStore;
import org.restwise.store.WritePatience;

/**
 * One journal database, opened, and the use cases an edge (the command line, the web app) reaches
 * it through. Edges never hold the store itself: what they can do with a journal is what these use
 * cases offer, and those decide who may.
 */
public final class Restwise {

    private final JournalStore store;

    private Restwise(JournalStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A store already open (a test's, or one shared by a command and a server in one process). */
    public static Restwise of(JournalStore store) {
        return new Restwise(store);
    }

    /**
     * The journal for a command: a write waits up to {@code patience} for another program's, and
     * {@code onWaiting} runs once the wait is long enough to mention.
     */
    public static Restwise forCommand(String jdbcUrl, Duration patience, Runnable onWaiting) {
        return new Restwise(JournalStore.open(jdbcUrl, new WritePatience(patience, onWaiting)));
    }

    /** The journal for {@code serve}: a request waits half a minute for another write, then is answered 503. */
    public static Restwise forServer(String jdbcUrl) {
        return new Restwise(JournalStore.open(jdbcUrl, WritePatience.SERVER));
    }

    /** Where a journal kept in a folder (a laptop's {@code RESTWISE_HOME}) lives. */
    public static String journalUrlIn(Path home) {
        return JournalStore.sqliteUrlIn(home);
    }

    /** Whether a failure is another program's long write: not a fault, and trying again shortly works. */
    public static boolean isBusy(Throwable failure) {
        return failure instanceof JournalBusyException;
    }

    /** Where the journal lives, without credentials. */
    public String location() {
        return store.location();
    }

    /** Whether an administrator account exists (a server off loopback refuses to start without one). */
    public boolean hasAdmin() {
        return store.read(j -> j.accounts().anyAdmin());
    }

    public Journals journals() {
        return new Journals(store);
    }

    public Accounts accounts(Clock clock) {
        return new Accounts(store, clock);
    }

    public WebSessions webSessions(Clock clock) {
        return new WebSessions(store, clock);
    }

    public ApiTokens apiTokens(Clock clock) {
        return new ApiTokens(store, clock);
    }

    public SignIn signIn(PasswordHasher hasher, Clock clock) {
        return new SignIn(store, hasher, clock);
    }

    public Squads squads(Clock clock) {
        return new Squads(store, clock);
    }

    public SquadMorning squadMorning(Clock clock) {
        return new SquadMorning(store, clock);
    }

    public DayNotes dayNotes(Clock clock) {
        return new DayNotes(store, clock);
    }
}
