package org.restwise.formats.wellness;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.restwise.core.body.RrIntervals;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * Polar's {@code .hrm} text file (Polar Precision Performance and the monitors of its era): INI-style
 * sections, {@code [Params]} with {@code Date=yyyyMMdd} and {@code Interval}, and {@code [HRData]}
 * with one sample a line. Only R-R mode ({@code Interval=238}) holds beat-to-beat intervals, one in
 * milliseconds at the start of each line; any other interval is heart rate every few seconds, which
 * gives no HRV, and is refused.
 */
public final class PolarHrmReader implements WellnessReader {

    static final String RR_MODE = "238";

    @Override
    public void read(InputStream in, String source, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        MorningRecordings.Dated recording = recording(in, source);
        MorningRecordings.hand(recording.date(), recording.intervals(), WellnessSource.POLAR_RR, source, sink);
    }

    MorningRecordings.Dated recording(InputStream in, String source) throws UnreadableWellnessException {
        TextLines lines = new TextLines(in, source);
        String section = "";
        String interval = null;
        LocalDate date = null;
        RrIntervals.Recording recording = new RrIntervals.Recording();
        boolean sawParams = false;
        for (String line = lines.next(); line != null; line = lines.next()) {
            String text = line.strip();
            if (text.startsWith("[") && text.endsWith("]")) {
                section = text;
                if (section.equals("[Params]")) {
                    sawParams = true;
                } else if (section.equals("[HRData]")) {
                    if (!RR_MODE.equals(interval)) {
                        throw new UnreadableWellnessException(source, interval == null
                                ? "The [Params] section gives no Interval, so the samples' meaning is unknown."
                                : "The file holds heart rate every " + Reasons.quote(interval) + " seconds, not beat-to-beat"
                                + " intervals (R-R mode is Interval=" + RR_MODE + "), so it gives no HRV reading.");
                    }
                    if (date == null) {
                        throw new UnreadableWellnessException(source, "The [Params] section gives no Date=yyyyMMdd.");
                    }
                }
                continue;
            }
            if (section.equals("[Params]")) {
                int equals = text.indexOf('=');
                if (equals > 0) {
                    String key = text.substring(0, equals).strip();
                    String value = text.substring(equals + 1).strip();
                    if (key.equals("Interval")) {
                        interval = value;
                    } else if (key.equals("Date")) {
                        date = date(value, source, lines.number());
                    }
                }
            } else if (section.equals("[HRData]") && !text.isEmpty()) {
                String first = text.split("\\s+", 2)[0];
                Double millis = Numbers.parse(first);
                if (millis == null) {
                    throw new UnreadableWellnessException(source, "Line " + lines.number() + ": the R-R interval "
                            + Reasons.quote(first) + " is not a number of milliseconds.");
                }
                MorningRecordings.requireRoom(recording, source, lines.number());
                recording.add(millis);
            }
        }
        if (!sawParams) {
            throw new UnreadableWellnessException(source, "The file has no [Params] section, so it is not a Polar .hrm file.");
        }
        if (recording.recorded() == 0) {
            throw new UnreadableWellnessException(source, "The file has no [HRData] samples.");
        }
        return new MorningRecordings.Dated(date, recording.build());
    }

    private static LocalDate date(String value, String source, int line) throws UnreadableWellnessException {
        try {
            return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new UnreadableWellnessException(source, "Line " + line + ": Date=" + Reasons.quote(value)
                    + " is not a date written yyyyMMdd.");
        }
    }
}
