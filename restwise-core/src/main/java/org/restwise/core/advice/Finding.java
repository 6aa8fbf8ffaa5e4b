package org.restwise.core.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one rule saw in a check-in: the decision it calls for at least, the scenario or red flag it
 * names (with the words for what was actually reported), why, what it puts first (most important
 * first), what to avoid, and its sources.
 */
record Finding(
        Decision atLeast,
        Optional<Scenario> scenario,
        Optional<RedFlag> redFlag,
        Optional<String> redFlagLabel,
        String reason,
        Optional<String> nextStep,
        List<Priority> priorities,
        List<Caution> avoid,
        List<Reference> evidence,
        boolean allowsWalks,
        boolean aboutTimingOnly) {

    Finding {
        priorities = List.copyOf(priorities);
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
        private Optional<String> redFlagLabel = Optional.empty();
        private Optional<String> nextStep = Optional.empty();
        private List<Priority> priorities = List.of();
        private final List<Caution> avoid = new ArrayList<>();
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

        /** The red flag in the words of what the runner reported, when it is narrower than the flag's name. */
        Builder naming(RedFlag value, String label) {
            redFlag = Optional.of(value);
            redFlagLabel = Optional.of(label);
            return this;
        }

        /** Priorities, most important first. */
        Builder putFirst(Priority first, Priority... rest) {
            List<Priority> ordered = new ArrayList<>();
            ordered.add(first);
            ordered.addAll(List.of(rest));
            priorities = ordered;
            return this;
        }

        Builder avoid(String... things) {
            for (String thing : things) {
                avoid.add(Caution.plain(thing));
            }
            return this;
        }

        Builder avoid(Caution.Topic topic, String thing) {
            avoid.add(Caution.about(topic, thing));
            return this;
        }

        /** What to do next because of this finding, for the day's follow-up. */
        Builder thenAdvise(String step) {
            nextStep = Optional.of(step);
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
            return Optional.of(new Finding(atLeast, scenario, redFlag, redFlagLabel, reason, nextStep, priorities, avoid,
                    evidence, allowsWalks, aboutTimingOnly));
        }
    }
}
