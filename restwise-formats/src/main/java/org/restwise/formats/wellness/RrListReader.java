package org.restwise.formats.wellness;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.restwise.core.body.RrIntervals;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * A plain list of beat-to-beat intervals, one a line, as many recorders and HRV tools export them;
 * blank lines are skipped. Values are milliseconds, or seconds when the first is below
 * {@value #SECONDS_BELOW} (no interval in ms is that short, none in seconds that long). The file says
 * nothing of when it was recorded, so the day is given by the caller (the file's date, or the
 * runner's word).
 */
public final class RrListReader implements WellnessReader {

    static final double SECONDS_BELOW = 10;

    private final LocalDate date;
    private final WellnessSource source;

    /** @param date the day the recording belongs to */
    public RrListReader(LocalDate date) {
        this(date, WellnessSource.RR_LIST);
    }

    RrListReader(LocalDate date, WellnessSource source) {
        this.date = Objects.requireNonNull(date, "date");
        this.source = source;
    }

    @Override
    public void read(InputStream in, String file, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        MorningRecordings.hand(date, recording(in, file), source, file, sink);
    }

    RrIntervals recording(InputStream in, String file) throws UnreadableWellnessException {
        TextLines lines = new TextLines(in, file);
        RrIntervals.Recording recording = new RrIntervals.Recording();
        double scale = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            Double value = Numbers.parse(line);
            if (value == null) {
                throw new UnreadableWellnessException(file, "Line " + lines.number() + ": " + Reasons.quote(line)
                        + " is not a beat interval (one number a line).");
            }
            if (scale == 0) {
                scale = value < SECONDS_BELOW ? 1000 : 1;
            }
            MorningRecordings.requireRoom(recording, file, lines.number());
            recording.add(value * scale);
        }
        if (recording.recorded() == 0) {
            throw new UnreadableWellnessException(file, "The file holds no beat intervals.");
        }
        return recording.build();
    }
}
