package org.restwise.store;

import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.restwise.core.access.AthleteId;

/**
 * One athlete's journal inside a {@link Journal}: every repository here reads and writes only that
 * athlete's rows, so no query can forget whose they are.
 */
public final class AthleteRecords {

    private final Handle handle;
    private final boolean sqlite;
    private final AthleteId athlete;

    AthleteRecords(Handle handle, boolean sqlite, AthleteId athlete) {
        this.handle = handle;
        this.sqlite = sqlite;
        this.athlete = Objects.requireNonNull(athlete, "athlete");
    }

    public AthleteId athlete() {
        return athlete;
    }

    public ProfileRepository profile() {
        return new ProfileRepository(handle, athlete);
    }

    public CheckInRepository checkIns() {
        return new CheckInRepository(handle, sqlite, athlete);
    }

    public SessionRepository sessions() {
        return new SessionRepository(handle, athlete);
    }

    public ActivityRepository activities() {
        return new ActivityRepository(handle, sqlite, athlete);
    }

    public DayNoteRepository notes() {
        return new DayNoteRepository(handle, athlete);
    }

    public BodyReadingRepository bodyReadings() {
        return new BodyReadingRepository(handle, athlete);
    }

    /** The athlete's revision: raised by the database with every change to their check-ins, sessions, profile or body readings. */
    public long revision() {
        return handle.createQuery("SELECT revision FROM athlete WHERE id = :athlete")
                .bind("athlete", athlete.value()).mapTo(Long.class).one();
    }

    /** True when this athlete has recorded nothing at all: no profile, no check-in, no session. */
    public boolean isEmpty() {
        return profile().find().isEmpty() && checkIns().count() == 0 && sessions().count() == 0;
    }
}
