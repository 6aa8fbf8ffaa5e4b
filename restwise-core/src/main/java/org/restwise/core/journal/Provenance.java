package org.restwise.core.journal;

import java.util.Objects;

/**
 * Where a value the advice used came from, and in a few words why it is what it is.
 *
 * @param source given by the runner, taken from the profile, derived from the journal, or unknown
 * @param why a short explanation for people
 */
public record Provenance(Source source, String why) {

    public enum Source { GIVEN, PROFILE, DERIVED, UNKNOWN }

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(why, "why");
    }

    public static Provenance given() {
        return new Provenance(Source.GIVEN, "given in the check-in");
    }

    public static Provenance profile() {
        return new Provenance(Source.PROFILE, "from the runner's profile");
    }

    public static Provenance derived(String why) {
        return new Provenance(Source.DERIVED, why);
    }

    public static Provenance unknown(String why) {
        return new Provenance(Source.UNKNOWN, why);
    }
}
