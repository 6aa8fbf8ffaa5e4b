package org.restwise.core.advice;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one rule saw in a check-in: the decision it calls for at least, the scenario or red flag it
 * names, why (in words that name the signals), what it puts first, what to avoid, and its sources.
 */
record Finding(
        Decision atLeast,
        Optional<Scenario> scenario,
        Optional<RedFlag> redFlag,
        String reason,
        Set<Priority> priorities,
        List<String> avoid,
        List<Reference> evidence,
        boolean allowsWalks,
        boolean aboutTimingOnly) {

    Finding {
        priorities = priorities.isEmpty() ? EnumSet.noneOf(Priority.class) : EnumSet.copyOf(priorities);
        avoid = List.copyOf(avoid);
        evidence = List.copyOf(evidence);
    }

    static Builder calling(Decision atLeast, String reason) {
        return new Builder(atLeast, reason);
    }

    /** Assembles a finding; only the decision and the reason are required. */
    static final class Builder {
        private final Decision atLeast;
        private final String reason;
        private Optional<Scenario> scenario = Optional.empty();
        private Optional<RedFlag> redFlag = Optional.empty();
        private Set<Priority> priorities = EnumSet.noneOf(Priority.class);
        private List<String> avoid = List.of();
        private List<Reference> evidence = List.of();
        private boolean allowsWalks;
        private boolean aboutTimingOnly;

        private Builder(Decision atLeast, String reason) {
            this.atLeast = atLeast;
            this.reason = reason;
        }

        Builder naming(Scenario value) {
            scenario = Optional.of(value);
            return this;
        }

        Builder naming(RedFlag value) {
            redFlag = Optional.of(value);
            return this;
        }

        Builder putFirst(Priority first, Priority... rest) {
            priorities = EnumSet.of(first, rest);
            return this;
        }

        Builder avoid(String... things) {
            avoid = List.of(things);
            return this;
        }

        Builder citing(Reference... sources) {
            evidence = List.of(sources);
            return this;
        }

        Builder allowingShortWalks() {
            allowsWalks = true;
            return this;
        }

        /** The finding is about the schedule (the next bout), not about what the body reports. */
        Builder aboutTimingOnly() {
            aboutTimingOnly = true;
            return this;
        }

        Optional<Finding> build() {
            return Optional.of(new Finding(
                    atLeast, scenario, redFlag, reason, priorities, avoid, evidence, allowsWalks, aboutTimingOnly));
        }
    }
}
