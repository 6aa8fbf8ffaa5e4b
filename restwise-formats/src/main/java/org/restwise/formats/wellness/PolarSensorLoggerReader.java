package org.restwise.formats.wellness;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.restwise.core.body.RrIntervals;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * Polar Sensor Logger's RR file: a header {@code Phone timestamp;RR-interval [ms]}, then one beat a
 * line, the phone's local time without a zone and the interval in whole milliseconds. The day is the
 * local date of the first beat. The timestamps are when the phone received each beat; when two are
 * further apart than the interval explains, the strap lost contact, and that is a gap.
 */
public final class PolarSensorLoggerReader implements WellnessReader {

    static final String HEADER = "Phone timestamp;RR-interval [ms]";
    /** Bluetooth delivers beats in bursts; a pause this much longer than the interval is a dropout. */
    private static final long DROPOUT_MILLIS = 5_000;

    @Override
    public void read(InputStream in, String source, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        MorningRecordings.Dated recording = recording(in, source);
        MorningRecordings.hand(recording.date(), recording.intervals(), WellnessSource.POLAR_RR, source, sink);
    }

    MorningRecordings.Dated recording(InputStream in, String source) throws UnreadableWellnessException {
        TextLines lines = new TextLines(in, source);
        String header = lines.next();
        if (header == null) {
            throw new UnreadableWellnessException(source, "The file is empty.");
        }
        if (!header.strip().equals(HEADER)) {
            throw new UnreadableWellnessException(source, "Line 1 is not Polar Sensor Logger's RR header '" + HEADER + "'.");
        }
        RrIntervals.Recording recording = new RrIntervals.Recording();
        LocalDate date = null;
        LocalDateTime previous = null;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            int semicolon = line.indexOf(';');
            if (semicolon < 0) {
                throw new UnreadableWellnessException(source, "Line " + lines.number()
                        + " has no ';' between the timestamp and the interval.");
            }
            LocalDateTime time = time(line.substring(0, semicolon), source, lines.number());
            Double millis = Numbers.parse(line.substring(semicolon + 1));
            if (millis == null) {
                throw new UnreadableWellnessException(source, "Line " + lines.number() + ": the RR interval "
                        + Reasons.quote(line.substring(semicolon + 1)) + " is not a number of milliseconds.");
            }
            if (date == null) {
                date = time.toLocalDate();
            }
            if (previous != null && ChronoUnit.MILLIS.between(previous, time) - millis > DROPOUT_MILLIS) {
                recording.gap();
            }
            previous = time;
            MorningRecordings.requireRoom(recording, source, lines.number());
            recording.add(millis);
        }
        if (date == null) {
            throw new UnreadableWellnessException(source, "The file holds the header but no beat intervals.");
        }
        return new MorningRecordings.Dated(date, recording.build());
    }

    private static LocalDateTime time(String text, String source, int line) throws UnreadableWellnessException {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UnreadableWellnessException(source, "Line " + line + ": the timestamp " + Reasons.quote(text)
                    + " is not a local date and time like 2025-03-23T08:15:56.486.");
        }
    }
}
