package org.restwise.core.journal;

import java.util.Objects;
import java.util.Optional;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.units.Measures;

/**
 * The runner as the journal remembers them: who they are, how they like numbers shown, and the
 * physiology that fills a check-in's {@code athlete} block when it leaves values out.
 *
 * @param name what to call the runner
 * @param sex as the runner states it
 * @param units how distances are shown
 * @param athlete heart rates and usual soreness days
 */
public record RunnerProfile(Optional<String> name, Optional<Sex> sex, Units units, AthleteProfile athlete) {

    public enum Sex { FEMALE, MALE, OTHER }

    public enum Units { METRIC, IMPERIAL }

    public static final RunnerProfile EMPTY =
            new RunnerProfile(Optional.empty(), Optional.empty(), Units.METRIC, AthleteProfile.UNKNOWN);

    /** Long enough for any name, short enough to catch a pasted file. */
    public static final int NAME_MAX_CHARS = 100;

    public RunnerProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(athlete, "athlete");
        name = name.map(String::strip).filter(n -> !n.isEmpty());
        if (name.isPresent() && name.get().length() > NAME_MAX_CHARS) {
            throw new IllegalArgumentException("name must be at most " + NAME_MAX_CHARS + " characters");
        }
    }

    /** This profile with every value {@code changes} gives replacing the current one. */
    public RunnerProfile updatedWith(RunnerProfile changes, boolean unitsGiven) {
        return new RunnerProfile(changes.name.or(() -> name), changes.sex.or(() -> sex),
                unitsGiven ? changes.units : units, changes.athlete.orElse(athlete).requireConsistentHeartRates());
    }

    /** How the runner reads figures in sentences: kilometres and metres, or miles and feet. */
    public Measures measures() {
        return Measures.of(units == Units.IMPERIAL);
    }
}
