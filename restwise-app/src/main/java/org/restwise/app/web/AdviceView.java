package org.restwise.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.Evidence;
import org.restwise.core.advice.IntRange;
import org.restwise.core.advice.Scenario;
import org.restwise.core.checkin.TenMinuteTest;

/** The decision card's words: the advice in the order a runner reads it, enum names made plain. */
public record AdviceView(Advice advice, TenMinuteTest tenMinuteTest) {

    public String decision() {
        return advice.decision().name();
    }

    /** CSS class carrying the decision's colour. */
    public String tone() {
        return "decision-" + advice.decision().name().toLowerCase(Locale.ROOT);
    }

    public String headline() {
        return switch (advice.decision()) {
            case TRAIN -> "Train";
            case MOVE -> "Move";
            case REST -> "Rest";
            case REASSESS -> "Reassess";
        };
    }

    public String tagline() {
        return switch (advice.decision()) {
            case TRAIN -> "Nothing is holding recovery back: train as planned.";
            case MOVE -> "Easy movement will help more than sitting still today.";
            case REST -> "Stillness, food and sleep come first today.";
            case REASSESS -> "Stop and treat this as a possible injury.";
        };
    }

    public String limiter() {
        return switch (advice.state()) {
            case STALE_LEGS -> "Stale legs — a flow problem that easy movement clears";
            case SYSTEMIC_FATIGUE -> "The whole system is tired — it needs stillness, not movement";
            case TISSUE_DAMAGE -> "Possible tissue damage — movement could make it worse";
            case NO_LIMITER -> "Nothing in particular";
        };
    }

    /** The movement dose as short lines, empty when no movement is advised. */
    public List<String> dose() {
        return advice.prescription().map(p -> {
            String modalities = String.join(", ", p.modalities().stream().map(m -> words(m.name())).toList());
            String heartRate = p.heartRate().map(hr -> "Heart rate " + range(hr) + " bpm").orElse("");
            return List.of(
                    capitalised(modalities) + (p.modalities().size() > 1 ? " (best first)" : ""),
                    range(p.minutes()) + " minutes, effort " + range(p.rpe()) + " out of 10",
                    heartRate).stream().filter(line -> !line.isEmpty()).toList();
        }).orElse(List.of());
    }

    public List<String> priorities() {
        return advice.priorities().stream().map(p -> capitalised(words(p.name()))).toList();
    }

    public List<String> scenarios() {
        return advice.scenarios().stream().map(Scenario::plainWords).toList();
    }

    /** Each red flag in the words of what was reported ("Swelling in one place"). */
    public List<String> redFlags() {
        return advice.redFlags().stream().map(advice::redFlagLabel).toList();
    }

    /** The ten-minute test buttons belong only where movement is allowed. */
    public boolean offersTenMinuteTest() {
        return advice.offersTenMinuteTest();
    }

    public List<String> avoid() {
        return advice.avoid();
    }

    public List<String> reasons() {
        return advice.reasons();
    }

    public List<Evidence> evidence() {
        return advice.evidence();
    }

    public String followUp() {
        return advice.followUp();
    }

    /** What the runner reported from the ten-minute test, when they did it. */
    public Optional<String> tested() {
        return tenMinuteTest == TenMinuteTest.NOT_DONE ? Optional.empty()
                : Choices.TEN_MINUTE_TEST.stream().filter(o -> o.value().equals(tenMinuteTest.name()))
                        .map(Choices.Option::label).findFirst();
    }

    private static String range(IntRange r) {
        return r.min() == r.max() ? Integer.toString(r.min()) : r.min() + "–" + r.max();
    }

    /** STALE_LEGS → "stale legs". */
    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
