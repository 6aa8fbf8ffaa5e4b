package org.restwise.app.web;

import java.util.Map;
import java.util.Optional;
import org.restwise.app.json.InputFieldException;

/**
 * What the Today template shows: the form as the runner filled it in, an error beside the field it
 * concerns, and the decision once there is one.
 *
 * @param values form values by contract path ({@code signals.soreness})
 * @param errors problems by contract path
 * @param formError a problem with the check-in as a whole, or with no field on the form
 * @param advice the decision, once the check-in was accepted
 * @param checkInJson the accepted check-in as contract JSON, carried by the ten-minute-test buttons
 */
public record TodayView(
        Map<String, String> values,
        Map<String, String> errors,
        Optional<String> formError,
        Optional<AdviceView> advice,
        String checkInJson) {

    public TodayView {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    static TodayView blank(Map<String, String> defaults) {
        return new TodayView(defaults, Map.of(), Optional.empty(), Optional.empty(), "");
    }

    static TodayView refused(Map<String, String> values, InputFieldException e) {
        Optional<String> field = e.field().filter(name -> CheckInForm.isOnTheForm(name));
        return field.map(name -> new TodayView(values, Map.of(name, e.problem()), Optional.empty(), Optional.empty(), ""))
                .orElseGet(() -> new TodayView(values, Map.of(), Optional.of(e.getMessage()), Optional.empty(), ""));
    }

    static TodayView decided(Map<String, String> values, AdviceView advice, String checkInJson) {
        return new TodayView(values, Map.of(), Optional.empty(), Optional.of(advice), checkInJson);
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name)) || "on".equals(values.get(name));
    }

    public boolean selected(String name, String option) {
        return option.equals(values.get(name));
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public String error(String name) {
        return errors.getOrDefault(name, "");
    }

    /** Whether any of these fields was filled in or refused: keeps their optional section open. */
    public boolean anyGiven(String... names) {
        for (String name : names) {
            if (values.containsKey(name) || errors.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /** An id for the element that describes a field's error, for {@code aria-describedby}. */
    public static String errorId(String name) {
        return name.replace('.', '-') + "-error";
    }

    public static String id(String name) {
        return name.replace('.', '-');
    }
}
