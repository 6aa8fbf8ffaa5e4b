package org.restwise.store;

import static org.restwise.store.Columns.nameOrNull;
import static org.restwise.store.Columns.optionalEnum;
import static org.restwise.store.Columns.optionalInt;
import static org.restwise.store.Columns.optionalText;
import static org.restwise.store.Columns.orNull;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.journal.RunnerProfile;

/** The one runner profile of a journal. */
public final class ProfileRepository {

    private final Handle handle;

    ProfileRepository(Handle handle) {
        this.handle = handle;
    }

    public Optional<RunnerProfile> find() {
        return handle.createQuery("SELECT * FROM profile WHERE id = 1")
                .map((rs, ctx) -> new RunnerProfile(
                        optionalText(rs, "name"),
                        optionalEnum(rs, "sex", RunnerProfile.Sex.class),
                        RunnerProfile.Units.valueOf(rs.getString("units")),
                        new AthleteProfile(optionalInt(rs, "max_hr"), optionalInt(rs, "resting_hr"),
                                optionalInt(rs, "threshold_hr"), optionalInt(rs, "usual_doms_days"))))
                .findOne();
    }

    /** Stores the profile, replacing the previous one. */
    public void save(RunnerProfile profile) {
        handle.createUpdate("DELETE FROM profile").execute();
        handle.createUpdate("INSERT INTO profile (id, name, max_hr, resting_hr, threshold_hr, usual_doms_days, sex, units)"
                        + " VALUES (1, :name, :maxHr, :restingHr, :thresholdHr, :usualDomsDays, :sex, :units)")
                .bind("name", orNull(profile.name()))
                .bindByType("maxHr", orNull(profile.athlete().maxHeartRate()), Integer.class)
                .bindByType("restingHr", orNull(profile.athlete().restingHeartRate()), Integer.class)
                .bindByType("thresholdHr", orNull(profile.athlete().lactateThresholdHeartRate()), Integer.class)
                .bindByType("usualDomsDays", orNull(profile.athlete().usualDomsDays()), Integer.class)
                .bind("sex", nameOrNull(profile.sex()))
                .bind("units", profile.units().name())
                .execute();
    }
}
