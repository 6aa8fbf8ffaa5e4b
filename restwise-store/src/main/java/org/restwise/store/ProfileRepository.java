package org.restwise.store;

import static org.restwise.store.Columns.nameOrNull;
import static org.restwise.store.Columns.optionalEnum;
import static org.restwise.store.Columns.optionalInt;
import static org.restwise.store.Columns.optionalText;
import static org.restwise.store.Columns.orNull;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.restwise.core.access.AthleteId;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.journal.RunnerProfile;

/** An athlete's profile: at most one. */
public final class ProfileRepository {

    private final Handle handle;
    private final AthleteId athlete;

    ProfileRepository(Handle handle, AthleteId athlete) {
        this.handle = handle;
        this.athlete = athlete;
    }

    public Optional<RunnerProfile> find() {
        return handle.createQuery("SELECT * FROM profile WHERE athlete_id = :athlete")
                .bind("athlete", athlete.value())
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
        handle.createUpdate("DELETE FROM profile WHERE athlete_id = :athlete").bind("athlete", athlete.value()).execute();
        handle.createUpdate("INSERT INTO profile (athlete_id, name, max_hr, resting_hr, threshold_hr, usual_doms_days, sex, units)"
                        + " VALUES (:athlete, :name, :maxHr, :restingHr, :thresholdHr, :usualDomsDays, :sex, :units)")
                .bind("athlete", athlete.value())
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
