package org.restwise.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.LoadJson;
import org.restwise.core.heartrate.BeatsRange;
import org.restwise.core.heartrate.HeartRateProfile;
import org.restwise.core.heartrate.HeartRateZone;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.terrain.FlatEquivalent;
import org.restwise.core.terrain.GradeAdjustedPace;
import org.restwise.core.terrain.GradeCostModel;
import org.restwise.core.terrain.KmEffort;
import org.restwise.core.units.Lengths;
import org.restwise.core.units.Pace;
import org.restwise.core.units.PaceUnit;

/**
 * The four calculators of {@code restwise calc} (gap, flat-equivalent, km-effort, zones) on form
 * values, with the same core models, the same rounding and the runner's units. Each refusal names
 * the form field at fault.
 */
public final class Calculators {

    /** A calculator's answer: the headline figure and the lines that explain it. */
    public record Result(String headline, List<String> lines, List<ZoneRow> zones) {
    }

    /** One row of the zones table. */
    public record ZoneRow(String method, String zone, String bpm, String percent) {
    }

    private static final GradeCostModel MODEL = GradeCostModel.minetti();

    private Calculators() {
    }

    static Result gap(Map<String, String> v, boolean imperial) {
        double gradePercent = number(v, "gap.grade");
        double grade = check("gap.grade", () -> MODEL.requireFittedGrade(gradePercent / 100));
        PaceUnit unit = imperial ? PaceUnit.PER_MILE : PaceUnit.PER_KILOMETRE;
        Pace pace = check("gap.pace", () -> Pace.parse(required(v, "gap.pace"), unit));
        GradeAdjustedPace gap = GradeAdjustedPace.of(pace, grade, MODEL);
        return new Result(gap.flatEquivalent().format(unit) + " " + unit.label(), List.of(
                String.format(Locale.ROOT, "%s %s at %s %% costs %.3f × the flat per metre (%s).",
                        pace.format(unit), unit.label(), plain(gradePercent), gap.costRatio(), gap.model()),
                "Grade-adjusted pace = pace / cost ratio. Energy only: descents cost the legs more than this says."), List.of());
    }

    static Result flatEquivalent(Map<String, String> v, boolean imperial) {
        double distance = number(v, "flat.distance");
        double km = kilometres("flat.distance", distance, imperial);
        double gradePercent = number(v, "flat.grade");
        double grade = check("flat.grade", () -> MODEL.requireFittedGrade(gradePercent / 100));
        FlatEquivalent flat = FlatEquivalent.of(km, grade, MODEL);
        double shown = imperial ? Lengths.kilometresToMiles(flat.flatEquivalentKm()) : flat.flatEquivalentKm();
        String unit = imperial ? "mi" : "km";
        return new Result(String.format(Locale.ROOT, "%.2f %s", LoadJson.round(shown, 3), unit), List.of(
                String.format(Locale.ROOT, "%.2f %s at %s %% costs %.3f × the flat per metre (%s).",
                        distance, unit, plain(gradePercent), flat.costRatio(), flat.model()),
                "Flat equivalent = distance × cost ratio."), List.of());
    }

    static Result kmEffort(Map<String, String> v, boolean imperial) {
        KmEffort effort = new KmEffort(kilometres("effort.distance", number(v, "effort.distance"), imperial),
                metres("effort.ascent", number(v, "effort.ascent"), imperial));
        return new Result(String.format(Locale.ROOT, "%.1f km-effort", effort.kmEffort()), List.of(
                String.format(Locale.ROOT, "%.2f km + %.0f m of climb / 100 (ITRA). Descent counts for nothing here.",
                        effort.distanceKm(), effort.ascentMetres())), List.of());
    }

    static Result zones(Map<String, String> v) {
        int max = whole(v, "zones.max");
        OptionalInt resting = optionalWhole(v, "zones.resting");
        OptionalInt threshold = optionalWhole(v, "zones.threshold");
        check("zones.max", () -> HeartRateProfile.ofMax(max));
        check("zones.resting", () -> new HeartRateProfile(max, resting, OptionalInt.empty()));
        HeartRateProfile profile = check("zones.threshold", () -> new HeartRateProfile(max, resting, threshold));
        BeatsRange easy = profile.easyRecovery();
        List<String> lines = new ArrayList<>();
        lines.add("Easy recovery: 50–70 % of maximum heart rate.");
        profile.postSessionClearanceBpm().ifPresent(bpm ->
                lines.add("Right after a session: about " + bpm + " bpm (80 % of threshold heart rate)."));
        return new Result(easy.minBpm() + "–" + easy.maxBpm() + " bpm easy", lines,
                profile.zones().stream().map(Calculators::row).toList());
    }

    private static ZoneRow row(HeartRateZone z) {
        return new ZoneRow(z.method().description(), z.name(), span(z.minBpm(), z.maxBpm(), " bpm"),
                span(percent(z.lowerFraction()), percent(z.upperFraction()), " %"));
    }

    private static OptionalInt percent(java.util.OptionalDouble fraction) {
        return fraction.isPresent() ? OptionalInt.of((int) Math.round(fraction.getAsDouble() * 100)) : OptionalInt.empty();
    }

    /** "93–111 bpm", or "below 140 bpm" / "177+ bpm" for an open zone, as {@code calc zones} prints it. */
    private static String span(OptionalInt min, OptionalInt max, String unit) {
        if (min.isEmpty()) {
            return "below " + max.getAsInt() + unit;
        }
        return max.isEmpty() ? min.getAsInt() + "+" + unit : min.getAsInt() + "–" + max.getAsInt() + unit;
    }

    private static String required(Map<String, String> v, String name) {
        String text = v.get(name);
        if (text == null) {
            throw new InputFieldException(name, "must be given");
        }
        return text;
    }

    private static double number(Map<String, String> v, String name) {
        return CheckInForm.number(name, required(v, name), false).doubleValue();
    }

    private static int whole(Map<String, String> v, String name) {
        try {
            return CheckInForm.number(name, required(v, name), true).intValueExact();
        } catch (ArithmeticException e) {
            throw new InputFieldException(name, "is far too large: " + v.get(name));
        }
    }

    private static OptionalInt optionalWhole(Map<String, String> v, String name) {
        return v.containsKey(name) ? OptionalInt.of(whole(v, name)) : OptionalInt.empty();
    }

    /** A typed distance in km, as far as a logged session may go (the same bound, so no calculator answers nonsense). */
    private static double kilometres(String name, double typed, boolean imperial) {
        double km = imperial ? Lengths.milesToKilometres(typed) : typed;
        if (!LoggedSession.DISTANCE_KM.contains(km)) {
            throw new InputFieldException(name, "must be between 0 and " + (imperial
                    ? Math.round(Lengths.kilometresToMiles(LoggedSession.DISTANCE_KM.max())) + " miles"
                    : Math.round(LoggedSession.DISTANCE_KM.max()) + " km") + ", got " + plain(typed));
        }
        return km;
    }

    /** A typed climb in metres, within what a logged session may climb. */
    private static double metres(String name, double typed, boolean imperial) {
        double m = imperial ? Lengths.feetToMetres(typed) : typed;
        if (!LoggedSession.ELEVATION_M.contains(m)) {
            throw new InputFieldException(name, "must be between 0 and " + (imperial
                    ? Math.round(Lengths.metresToFeet(LoggedSession.ELEVATION_M.max())) + " feet"
                    : Math.round(LoggedSession.ELEVATION_M.max()) + " metres") + ", got " + plain(typed));
        }
        return m;
    }

    private static <T> T check(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw e instanceof InputFieldException ? e : new InputFieldException(field, e.getMessage());
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
