package org.restwise.store;

import org.jdbi.v3.core.Handle;
import org.restwise.core.access.AthleteId;

/** The journal as seen inside one {@link JournalStore#read} or {@link JournalStore#write}. */
public final class Journal {

    private final Handle handle;
    private final boolean sqlite;

    Journal(Handle handle, boolean sqlite) {
        this.handle = handle;
        this.sqlite = sqlite;
    }

    /** One athlete's rows; nothing of another athlete's is reachable through it. */
    public AthleteRecords athlete(AthleteId athlete) {
        return new AthleteRecords(handle, sqlite, athlete);
    }

    public AthleteRepository athletes() {
        return new AthleteRepository(handle);
    }

    public SquadRepository squads() {
        return new SquadRepository(handle);
    }

    public AccountRepository accounts() {
        return new AccountRepository(handle);
    }

    public WebSessionRepository webSessions() {
        return new WebSessionRepository(handle);
    }

    public ApiTokenRepository apiTokens() {
        return new ApiTokenRepository(handle);
    }

    public LoginFailureRepository loginFailures() {
        return new LoginFailureRepository(handle);
    }
}
