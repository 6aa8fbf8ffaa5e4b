package org.restwise.store;

import org.jdbi.v3.core.Handle;

/** The journal as seen inside one {@link JournalStore#read} or {@link JournalStore#write}. */
public final class Journal {

    private final Handle handle;
    private final boolean sqlite;

    Journal(Handle handle, boolean sqlite) {
        this.handle = handle;
        this.sqlite = sqlite;
    }

    public ProfileRepository profile() {
        return new ProfileRepository(handle);
    }

    public CheckInRepository checkIns() {
        return new CheckInRepository(handle, sqlite);
    }

    public SessionRepository sessions() {
        return new SessionRepository(handle);
    }

    public ActivityRepository activities() {
        return new ActivityRepository(handle);
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

    /** True when nothing at all has been recorded: no profile, no check-in, no session. */
    public boolean isEmpty() {
        return profile().find().isEmpty() && checkIns().count() == 0 && sessions().count() == 0;
    }
}
