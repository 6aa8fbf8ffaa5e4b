package org.restwise.app.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restwise.app.json.InputFieldException;

/**
 * A plain form (profile, session log, plans, calculators): the values typed, and at most one
 * refusal, shown beside its field when the form has that field, above the form otherwise.
 */
public record Form(Map<String, String> values, Map<String, String> errors, Optional<String> formError) implements FormValues {

    public Form {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    static Form of(Map<String, String> values) {
        return new Form(values, Map.of(), Optional.empty());
    }

    static Form empty() {
        return of(Map.of());
    }

    /** The first value of each named field, stripped, blank ones left out. */
    static Map<String, String> read(Map<String, List<String>> params, List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            List<String> given = params.getOrDefault(name, List.of());
            if (!given.isEmpty() && !given.get(0).isBlank()) {
                values.put(name, given.get(0).strip());
            }
        }
        return values;
    }

    /**
     * Refuses a field sent more than once: a form sends each of its fields once, so a second value
     * is a forged or broken request, and picking either would be a guess.
     */
    static void requireOnce(Map<String, List<String>> params, Collection<String> names) {
        for (String name : names) {
            int times = params.getOrDefault(name, List.of()).size();
            if (times > 1) {
                throw new InputFieldException(name, "was sent " + times + " times; send it once");
            }
        }
    }

    /** A checkbox: ticked sends "true" (or a browser's "on" when the box has no value), unticked sends nothing. */
    static boolean ticked(String name, String text) {
        return switch (text) {
            case "true", "on" -> true;
            case "false" -> false;
            default -> throw new InputFieldException(name, "must be ticked (true) or left out, got \"" + text + "\"");
        };
    }

    /** A yes / no / not-sure select: not sure (blank) is no answer. */
    static Optional<Boolean> answer(String name, String text) {
        return switch (text == null ? "" : text) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            case "" -> Optional.empty();
            default -> throw new InputFieldException(name, "must be yes, no or left blank, got \"" + text + "\"");
        };
    }

    Form refused(InputFieldException e, List<String> fields) {
        return e.field().filter(fields::contains)
                .map(field -> new Form(values, Map.of(field, e.problem()), Optional.empty()))
                .orElseGet(() -> new Form(values, Map.of(), Optional.of(e.getMessage())));
    }
}
