package org.restwise.app.web;

import org.restwise.app.json.BodyJson;

import java.util.List;
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
 * @param filledIn what the profile and the journal filled in, one plain line each
 */
public record TodayView(
        Map<String, String> values,
        Map<String, String> errors,
        Optional<String> formError,
        Optional<AdviceView> advice,
        String checkInJson,
        List<String> filledIn,
        List<BodyJson.Reading> body) implements FormValues {

    public TodayView {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        filledIn = List.copyOf(filledIn);
        body = List.copyOf(body);
    }

    static TodayView blank(Map<String, String> defaults) {
        return new TodayView(defaults, Map.of(), Optional.empty(), Optional.empty(), "", List.of(), List.of());
    }

    static TodayView refused(Map<String, String> values, InputFieldException e) {
        Optional<String> field = e.field().map(CheckInForm::formField).filter(name -> CheckInForm.isOnTheForm(name));
        return field.map(name -> new TodayView(values, Map.of(name, e.problem()), Optional.empty(), Optional.empty(), "", List.of(),
                        List.of()))
                .orElseGet(() -> new TodayView(values, Map.of(), Optional.of(e.getMessage()), Optional.empty(), "", List.of(),
                        List.of()));
    }

    static TodayView decided(Map<String, String> values, AdviceView advice, String checkInJson, List<String> filledIn,
                             List<BodyJson.Reading> body) {
        return new TodayView(values, Map.of(), Optional.empty(), Optional.of(advice), checkInJson, filledIn, body);
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
}
