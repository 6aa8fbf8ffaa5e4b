package org.restwise.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.restwise.app.journal.BodyTimeline;
import org.restwise.core.body.WellnessSource;

/**
 * The body timeline as {@code GET /api/body} answers it and the Body page's charts read it: for each
 * day, each signal's value and source beside the normal it was read against, and the day's decision.
 * Absent values are {@code null}, never zero.
 */
public final class BodyTimelineJson {

    private BodyTimelineJson() {
    }

    public static ObjectNode write(BodyTimeline.Timeline timeline) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("from", timeline.first().toString());
        json.put("to", timeline.last().toString());
        json.put("hrvWindow", timeline.hrvWindow().map(w -> w.name().toLowerCase(Locale.ROOT)).orElse(null));
        json.put("daysWithReadings", timeline.readingDays());
        BodyJson.write(json.putObject("today").putArray("readings"), BodyJson.readings(timeline.today()));
        ArrayNode days = json.putArray("days");
        for (BodyTimeline.Day d : timeline.days()) {
            ObjectNode day = days.addObject();
            day.put("date", d.date().toString());
            day.put("decision", d.decision().map(Enum::name).orElse(null));
            ObjectNode hrv = day.putObject("hrv");
            number(hrv, "rmssdMs", d.rmssdMs(), 1);
            hrv.put("source", source(d.hrvSource()));
            number(hrv, "weekMeanLn", d.weekMeanLn(), 3);
            number(hrv, "normalLowLn", d.normalLowLn(), 3);
            number(hrv, "normalHighLn", d.normalHighLn(), 3);
            ObjectNode resting = day.putObject("restingHeartRate");
            number(resting, "bpm", d.restingBpm(), 0);
            resting.put("source", source(d.restingSource()));
            number(resting, "baselineBpm", d.restingBaselineBpm(), 1);
            ObjectNode sleep = day.putObject("sleep");
            number(sleep, "hours", d.sleepHours(), 2);
            sleep.put("source", source(d.sleepSource()));
            number(sleep, "averageHours", d.sleepAverageHours(), 2);
            ObjectNode jump = day.putObject("jump");
            number(jump, "cm", d.jumpCm(), 1);
            number(jump, "baselineCm", d.jumpBaselineCm(), 1);
        }
        return json;
    }

    private static String source(Optional<WellnessSource> source) {
        return source.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null);
    }

    private static void number(ObjectNode node, String field, Optional<Double> value, int decimals) {
        if (value.isEmpty()) {
            node.putNull(field);
        } else {
            double scale = Math.pow(10, decimals);
            node.put(field, Math.round(value.get() * scale) / scale);
        }
    }
}
