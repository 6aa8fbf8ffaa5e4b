package org.restwise.app.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.Evidence;
import org.restwise.core.advice.IntRange;
import org.restwise.core.advice.Prescription;
import org.restwise.core.advice.Scenario;

/** The decision as a runner reads it on a terminal: the answer first, then the dose, then why. */
public final class DecisionCard {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";

    private final boolean colour;

    public DecisionCard(boolean colour) {
        this.colour = colour;
    }

    /**
     * The card that fits one screen: the decision, why in one sentence, the dose or what to put
     * first, the red flags, and what to do next; {@link #render} is the whole card.
     */
    public String renderShort(Advice advice) {
        StringBuilder out = new StringBuilder();
        out.append(bold(colourOf(advice.decision()) + headline(advice.decision())))
                .append("  ·  limiter: ").append(words(advice.state().name())).append('\n');
        if (!advice.reasons().isEmpty()) {
            out.append(wrap(firstSentence(advice.reasons().get(0)), "", ""));
        }
        advice.prescription().ifPresent(p -> section(out, "Dose", dose(p)));
        if (advice.prescription().isEmpty() && !advice.priorities().isEmpty()) {
            section(out, "Put first", List.of(advice.priorities().stream()
                    .map(p -> words(p.name())).collect(Collectors.joining(", "))));
        }
        if (!advice.redFlags().isEmpty()) {
            section(out, "Red flags", advice.redFlags().stream().map(advice::redFlagLabel).toList());
        }
        section(out, "Next", List.of(advice.followUp()));
        out.append('\n').append("The whole card, with every reason and the evidence: add --verbose.").append('\n');
        return out.toString();
    }

    /** The first sentence of a reason: up to a full stop that ends a word and starts a capitalised one. */
    static String firstSentence(String text) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[a-z0-9)%])\\. (?=[A-Z])");

    public String render(Advice advice) {
        StringBuilder out = new StringBuilder();
        out.append(bold(colourOf(advice.decision()) + headline(advice.decision())))
                .append("  ·  limiter: ").append(words(advice.state().name())).append('\n');
        advice.prescription().ifPresent(p -> section(out, "Dose", dose(p)));
        if (!advice.priorities().isEmpty()) {
            section(out, "Put first", List.of(advice.priorities().stream()
                    .map(p -> words(p.name())).collect(Collectors.joining(", "))));
        }
        if (!advice.scenarios().isEmpty()) {
            section(out, "Rest scenarios", advice.scenarios().stream().map(Scenario::plainWords).toList());
        }
        if (!advice.redFlags().isEmpty()) {
            section(out, "Red flags", advice.redFlags().stream().map(advice::redFlagLabel).toList());
        }
        section(out, "Avoid", advice.avoid());
        section(out, "Why", advice.reasons());
        section(out, "Next", List.of(advice.followUp()));
        section(out, "Evidence", advice.evidence().stream().map(DecisionCard::cite).toList());
        return out.toString();
    }

    private static List<String> dose(Prescription p) {
        String modalities = p.modalities().stream().map(m -> words(m.name())).collect(Collectors.joining(", "));
        String heartRate = p.heartRate().map(hr -> ", heart rate " + range(hr) + " bpm").orElse("");
        return List.of(modalities + " (best first)",
                range(p.minutes()) + " minutes" + heartRate + ", effort " + range(p.rpe()) + " out of 10");
    }

    private static String cite(Evidence e) {
        String citation = e.citation();
        int year = citation.indexOf(").");
        String shortCitation = year > 0 ? citation.substring(0, year + 1) : citation;
        return shortCitation + " " + e.url();
    }

    private static String range(IntRange r) {
        return r.min() == r.max() ? Integer.toString(r.min()) : r.min() + "–" + r.max();
    }

    private void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(bold(title)).append('\n');
        lines.forEach(line -> out.append(wrap(line, "  • ", "    ")));
    }

    /** Terminal width the card is laid out for: 80 columns, the default of every terminal. */
    static final int WIDTH = 80;

    /** {@code text} broken between words to {@link #WIDTH} columns, the first line after {@code first}, the rest after {@code next}. */
    static String wrap(String text, String first, String next) {
        StringBuilder out = new StringBuilder(first);
        int column = first.length();
        boolean lineStart = true;
        for (String word : text.split(" ")) {
            if (!lineStart && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(next);
                column = next.length();
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineStart = false;
        }
        return out.append('\n').toString();
    }

    private static String headline(Decision decision) {
        return switch (decision) {
            case TRAIN -> "TRAIN — train as planned";
            case MOVE -> "MOVE — easy movement helps today";
            case REST -> "REST — stillness, food and sleep first";
            case REASSESS -> "REASSESS — stop and get it checked";
        };
    }

    private String colourOf(Decision decision) {
        if (!colour) {
            return "";
        }
        return switch (decision) {
            case TRAIN -> "\u001B[32m";
            case MOVE -> "\u001B[36m";
            case REST -> "\u001B[33m";
            case REASSESS -> "\u001B[31m";
        };
    }

    private String bold(String text) {
        return colour ? BOLD + text + RESET : text;
    }

    /** STALE_LEGS → "stale legs". */
    static String words(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
