package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import org.restwise.core.load.LoadDay;
import org.restwise.core.load.LoadReport;

/**
 * {@code GET /api/load}: the load report one day a row. Loads are in arbitrary units (AU) per day,
 * flat-equivalent in km, descent in metres; a ratio is null until 28 days of history.
 */
public final class LoadJson {

    private LoadJson() {
    }

    public static ObjectNode write(LoadReport report) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("today", report.today().toString());
        json.put("method", report.method().name().toLowerCase(Locale.ROOT));
        json.put("methodDescription", report.method().description());
        json.put("sessionLoadMethod", report.sessionLoadMethod().name());
        json.put("sessions", report.sessions());
        json.put("estimatedSessions", report.estimatedSessions());
        ArrayNode days = json.putArray("days");
        report.days().forEach(day -> days.add(day(day)));
        return json;
    }

    private static ObjectNode day(LoadDay d) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("date", d.date().toString());
        json.put("load", round(d.load(), 1));
        json.put("loadMethod", d.loadMethod().map(Enum::name).orElse(null));
        json.put("acute", round(d.acwr().acute(), 1));
        json.put("chronic", round(d.acwr().chronic(), 1));
        json.put("ratio", round(d.acwr().ratio(), 2));
        json.put("ewmaRatio", round(d.ewma().ratio(), 2));
        json.put("fitness", round(d.fitnessFatigue().fitness(), 1));
        json.put("fatigue", round(d.fitnessFatigue().fatigue(), 1));
        json.put("form", round(d.fitnessFatigue().form(), 1));
        json.put("monotony", round(d.monotony().monotony(), 2));
        json.put("strain", round(d.monotony().strain(), 0));
        json.put("flatEquivalentKm", round(d.flatEquivalentKm(), 2));
        json.put("descentM", round(d.descentMeters(), 0));
        json.put("daysWithData", d.daysWithData());
        return json;
    }

    private static Double round(OptionalDouble value, int decimals) {
        return value.isPresent() ? round(value.getAsDouble(), decimals) : null;
    }

    /** Figures to a sensible precision, not binary noise like 0.30000000000000004. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
