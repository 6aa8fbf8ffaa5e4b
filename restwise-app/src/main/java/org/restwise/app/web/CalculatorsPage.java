package org.restwise.app.web;

import org.restwise.core.access.AthleteId;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.restwise.app.json.InputFieldException;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.app.access.Journals;

/**
 * The Calculators page: four small forms sent with GET, so a result is a link that can be shared.
 * {@code ?calc=} says which form was sent; its answer shows under it.
 */
public final class CalculatorsPage {

    static final List<String> FIELDS = List.of("gap.grade", "gap.pace", "flat.distance", "flat.grade",
            "effort.distance", "effort.ascent", "zones.max", "zones.resting", "zones.threshold");
    /** Every parameter a calculator form sends: its fields and which calculator it is. */
    private static final List<String> SENT = Stream.concat(FIELDS.stream(), Stream.of("calc")).toList();

    /** The page's model: every form's values, which calculator answered, and its answer. */
    public record View(Form form, String calc, Optional<Calculators.Result> result, boolean imperial) {

        public boolean answered(String name) {
            return calc.equals(name) && result.isPresent();
        }

        public String distanceUnit() {
            return imperial ? "miles" : "km";
        }

        public String elevationUnit() {
            return imperial ? "feet" : "metres";
        }

        public String paceUnit() {
            return imperial ? "min/mile" : "min/km";
        }
    }

    private final Journals journals;
    private final Pages pages;

    CalculatorsPage(Journals journals, Pages pages) {
        this.journals = journals;
        this.pages = pages;
    }

    void show(Context ctx) {
        // The profile fills in what it knows; a coach or admin who keeps no journal gets empty fields.
        RunnerProfile profile = journals.ownIfAny(Asking.who(ctx)).flatMap(journal -> journal.read(j -> j.profile().find()))
                .orElse(RunnerProfile.EMPTY);
        boolean imperial = profile.units() == RunnerProfile.Units.IMPERIAL;
        Map<String, String> values = new LinkedHashMap<>(Form.read(ctx.queryParamMap(), FIELDS));
        String calc = Optional.ofNullable(ctx.queryParam("calc")).orElse("");
        if (!calc.equals("zones")) {
            // The runner's own heart rates, so the zones are one tap away, whichever calculator was worked out last.
            profile.athlete().maxHeartRate().ifPresent(bpm -> values.putIfAbsent("zones.max", bpm.toString()));
            profile.athlete().restingHeartRate().ifPresent(bpm -> values.putIfAbsent("zones.resting", bpm.toString()));
            profile.athlete().lactateThresholdHeartRate().ifPresent(bpm -> values.putIfAbsent("zones.threshold", bpm.toString()));
        }
        Form form = Form.of(values);
        try {
            Form.requireOnce(ctx.queryParamMap(), SENT);
            Optional<Calculators.Result> result = switch (calc) {
                case "gap" -> Optional.of(Calculators.gap(values, imperial));
                case "flat" -> Optional.of(Calculators.flatEquivalent(values, imperial));
                case "effort" -> Optional.of(Calculators.kmEffort(values, imperial));
                case "zones" -> Optional.of(Calculators.zones(values));
                default -> Optional.empty();
            };
            pages.render(ctx, "calculators.jte", new View(form, calc, result, imperial));
        } catch (InputFieldException e) {
            pages.render(ctx, "calculators.jte", new View(form.refused(e, FIELDS), calc, Optional.empty(), imperial));
        }
    }
}
