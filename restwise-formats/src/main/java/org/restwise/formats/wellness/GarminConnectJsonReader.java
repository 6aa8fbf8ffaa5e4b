package org.restwise.formats.wellness;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.VendorHrvBand;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * Garmin's wellness JSON, as Garmin Connect answers it and as a Garmin data export holds it
 * ({@code DI_CONNECT/DI-Connect-Wellness/*_sleepData.json}, {@code *_healthStatusData.json}), streamed
 * entry by entry with Jackson's streaming parser (see {@link BoundedJson}). What is taken, from any
 * object that names a {@code calendarDate}:
 * <ul>
 *   <li>HRV summaries ({@code hrvSummaries[]}, {@code hrvSummary}): {@code lastNightAvg} as an overnight
 *       value, with Garmin's {@code baseline} band and {@code status};</li>
 *   <li>sleep ({@code dailySleepDTO}, or an export's day): {@code sleepTimeSeconds} (else deep + light +
 *       REM), the stages, and the overall score ({@code sleepScores.overall.value} or
 *       {@code sleepScores.overallScore}); the answer's {@code restingHeartRate} beside the DTO;</li>
 *   <li>daily summaries: {@code restingHeartRate};</li>
 *   <li>an export's health status {@code metrics[]}: type {@code HRV} as an overnight value, type
 *       {@code HR} as the resting heart rate (medium confidence: no licensed sample exists);</li>
 *   <li>sleep-score statistics ({@code [{calendarDate, value}]}) only where the recorded request shows
 *       they are sleep scores: a bare {@code value} means different things in different answers.</li>
 * </ul>
 * Answers recorded with their request ({@code [{uri, status, body}]}, as client libraries keep them for
 * tests) are read body by body; Garmin's "no data" answers (null ids, empty lists) give nothing.
 */
public final class GarminConnectJsonReader implements WellnessReader {

    private static final WellnessSource SOURCE = WellnessSource.GARMIN_CONNECT_JSON;

    @Override
    public void read(InputStream in, String source, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        int[] days = {0};
        Consumer<WellnessDay> counting = day -> {
            days[0]++;
            sink.accept(day);
        };
        int line = 1;
        try (JsonParser parser = BoundedJson.FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        throw new UnreadableWellnessException(source, "The file ends in the middle of its list: it is truncated.");
                    }
                    line = parser.currentLocation().getLineNr();
                    entry(BoundedJson.read(parser), source, line, Optional.empty(), counting);
                }
            } else if (first == JsonToken.START_OBJECT) {
                entry(BoundedJson.read(parser), source, line, Optional.empty(), counting);
            } else {
                throw new UnreadableWellnessException(source, "The file is not Garmin's JSON: it does not start with a list or an object.");
            }
            if (parser.nextToken() != null) {
                throw new UnreadableWellnessException(source, "Line " + parser.currentLocation().getLineNr()
                        + ": more follows the JSON value that should end the file.");
            }
        } catch (BoundedJson.TooLarge e) {
            throw new UnreadableWellnessException(source, "The entry starting at line " + line + " holds more than "
                    + BoundedJson.MAX_VALUES + " values, far more than one day of Garmin data, so it is not read.");
        } catch (StreamConstraintsException e) {
            throw new UnreadableWellnessException(source, "The file is nested too deep or holds a value too long for"
                    + " Garmin's JSON (" + Reasons.firstLine(e.getOriginalMessage()) + ").");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new UnreadableWellnessException(source, "The file is not valid JSON" + where + ": "
                    + Reasons.firstLine(e.getOriginalMessage()) + ".");
        } catch (IOException e) {
            throw new UnreadableWellnessException(source, "The file could not be read: " + Reasons.firstLine(e.getMessage()) + ".", e);
        }
        if (days[0] == 0) {
            throw new UnreadableWellnessException(source, "The file holds no HRV, resting heart rate or sleep that"
                    + " Restwise takes (Garmin's stress, readiness and other answers are not read).");
        }
    }

    /** One entry of the file: a recorded answer, a day, or an answer's body. */
    private void entry(Object value, String source, int line, Optional<String> uri, Consumer<WellnessDay> sink)
            throws UnreadableWellnessException {
        if (value instanceof List<?> list) {
            for (Object element : list) {
                entry(element, source, line, uri, sink);
            }
            return;
        }
        if (!(value instanceof Map<?, ?>)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        if (object.containsKey("body") && object.containsKey("uri")) {
            entry(object.get("body"), source, line, BoundedJson.text(object, "uri"), sink);
            return;
        }
        for (Object each : BoundedJson.array(object, "hrvSummaries").orElse(List.of())) {
            entry(each, source, line, uri, sink);
        }
        Optional<Map<String, Object>> summary = BoundedJson.object(object, "hrvSummary");
        if (summary.isPresent()) {
            day(summary.get(), Optional.empty(), source, line, uri, sink);
        }
        Optional<Map<String, Object>> sleep = BoundedJson.object(object, "dailySleepDTO");
        if (sleep.isPresent()) {
            day(sleep.get(), BoundedJson.number(object, "restingHeartRate"), source, line, uri, sink);
        } else if (object.containsKey("calendarDate")) {
            day(object, Optional.empty(), source, line, uri, sink);
        }
    }

    private void day(Map<String, Object> object, Optional<Double> restingBeside, String source, int line,
                     Optional<String> uri, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        Optional<String> dateText = BoundedJson.text(object, "calendarDate");
        if (dateText.isEmpty()) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText.get());
        } catch (DateTimeParseException e) {
            throw new UnreadableWellnessException(source, "The entry starting at line " + line + " has calendarDate "
                    + Reasons.quote(dateText.get()) + ", which is not a date like 2023-07-20.");
        }
        WellnessDay day = WellnessDay.on(date);
        Optional<HrvReading> hrv = overnightHrv(object);
        if (hrv.isPresent()) {
            day = day.withHrv(hrv.get(), SOURCE);
        }
        Optional<Integer> resting = BoundedJson.number(object, "restingHeartRate").or(() -> restingBeside)
                .or(() -> metric(object, "HR")).map(v -> (int) Math.round(v))
                .filter(bpm -> bpm >= RestingHeartRate.MIN_BPM && bpm <= RestingHeartRate.MAX_BPM);
        if (resting.isPresent()) {
            day = day.withRestingHeartRate(new RestingHeartRate(resting.get()), SOURCE);
        }
        Optional<Sleep> sleep = sleep(object, uri);
        if (sleep.isPresent()) {
            day = day.withSleep(sleep.get(), SOURCE);
        }
        if (!day.isEmpty()) {
            sink.accept(day);
        }
    }

    private static Optional<HrvReading> overnightHrv(Map<String, Object> object) {
        Optional<Double> average = BoundedJson.number(object, "lastNightAvg").or(() -> metric(object, "HRV"))
                .filter(ms -> ms > 0 && ms <= 500);
        if (average.isEmpty()) {
            return Optional.empty();
        }
        HrvReading reading = HrvReading.reported(average.get(), Optional.empty(), HrvWindow.OVERNIGHT);
        Optional<Map<String, Object>> baseline = BoundedJson.object(object, "baseline");
        if (baseline.isPresent()) {
            Optional<Double> low = BoundedJson.number(baseline.get(), "lowUpper").filter(v -> v > 0);
            Optional<Double> lower = BoundedJson.number(baseline.get(), "balancedLow").filter(v -> v > 0);
            Optional<Double> upper = BoundedJson.number(baseline.get(), "balancedUpper").filter(v -> v > 0 && v <= 1000);
            if (low.isPresent() && lower.isPresent() && upper.isPresent() && upper.get() >= lower.get()) {
                reading = reading.withVendorBand(new VendorHrvBand(low.get(), lower.get(), upper.get(),
                        BoundedJson.text(object, "status")));
            }
        }
        return Optional.of(reading);
    }

    /** A health-status metric of the given type ({@code metrics: [{type, value}]} in an export). */
    private static Optional<Double> metric(Map<String, Object> object, String type) {
        for (Object element : BoundedJson.array(object, "metrics").orElse(List.of())) {
            if (element instanceof Map<?, ?> map && type.equals(map.get("type")) && map.get("value") instanceof Double value) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Optional<Sleep> sleep(Map<String, Object> object, Optional<String> uri) {
        Optional<Duration> deep = seconds(object, "deepSleepSeconds");
        Optional<Duration> light = seconds(object, "lightSleepSeconds");
        Optional<Duration> rem = seconds(object, "remSleepSeconds");
        Optional<Duration> asleep = seconds(object, "sleepTimeSeconds").or(() -> deep.isPresent() || light.isPresent()
                ? Optional.of(deep.orElse(Duration.ZERO).plus(light.orElse(Duration.ZERO)).plus(rem.orElse(Duration.ZERO)))
                : Optional.empty())
                .filter(d -> !d.isZero() && d.compareTo(Duration.ofHours(24)) <= 0);
        Optional<Integer> score = BoundedJson.object(object, "sleepScores").flatMap(scores -> BoundedJson.object(scores, "overall")
                        .flatMap(overall -> BoundedJson.number(overall, "value"))
                        .or(() -> BoundedJson.number(scores, "overallScore")))
                .or(() -> uri.filter(u -> u.contains("/sleep/")).flatMap(u -> BoundedJson.number(object, "value")))
                .map(v -> (int) Math.round(v)).filter(s -> s >= 0 && s <= 100);
        if (asleep.isEmpty() && score.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sleep(asleep, deep, light, rem, seconds(object, "awakeSleepSeconds"), score));
    }

    private static Optional<Duration> seconds(Map<String, Object> object, String name) {
        return BoundedJson.number(object, name).filter(s -> s >= 0 && s <= 24 * 3600)
                .map(s -> Duration.ofSeconds(Math.round(s)));
    }
}
