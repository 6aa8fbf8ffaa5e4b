package org.restwise.formats.wellness;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.restwise.core.body.ArtefactFilter;
import org.restwise.core.body.FilteredIntervals;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.Rmssd;
import org.restwise.core.body.RrIntervals;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * Turns one recording's beat-to-beat intervals into a morning HRV reading, the same way for every
 * format: the standard artefact filter, then rMSSD, or one sentence saying why not.
 */
final class MorningRecordings {

    /**
     * A morning reading is a few minutes at rest after waking (HRV4Training takes one minute, an
     * orthostatic test six); a recording longer than this is an exercise or a night, whose rMSSD means
     * something else, and is not read as one.
     */
    static final int LONGEST_MINUTES = 20;

    /** A recording's intervals and the day it belongs to: the first stage of every RR reader. */
    record Dated(LocalDate date, RrIntervals intervals) { }

    private MorningRecordings() {
    }

    static void hand(LocalDate date, RrIntervals intervals, WellnessSource source, String file,
                     Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        sink.accept(WellnessDay.on(date).withHrv(reading(intervals, file), source));
    }

    static HrvReading reading(RrIntervals intervals, String file) throws UnreadableWellnessException {
        double totalMillis = 0;
        for (double ms : intervals.millis()) {
            totalMillis += ms;
        }
        long minutes = Math.round(totalMillis / 60_000);
        if (totalMillis > LONGEST_MINUTES * 60_000.0) {
            throw new UnreadableWellnessException(file, "The recording lasts " + minutes + " minutes; a morning HRV"
                    + " reading is a few minutes at rest after waking, so a recording over " + LONGEST_MINUTES
                    + " minutes (an exercise, a night) is not taken as one.");
        }
        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(intervals);
        if (filtered.refusal().isPresent()) {
            throw new UnreadableWellnessException(file, filtered.refusal().get());
        }
        Rmssd rmssd = Rmssd.of(filtered).orElseThrow(() -> new UnreadableWellnessException(file,
                "Its beat intervals never vary, which no beating heart does: the file holds no real recording."));
        return HrvReading.ofMorningRecording(rmssd);
    }

    static void requireRoom(RrIntervals.Recording recording, String file, int line) throws UnreadableWellnessException {
        if (recording.full()) {
            throw new UnreadableWellnessException(file, "Line " + line + ": the file holds more than "
                    + RrIntervals.MAX_INTERVALS + " beat intervals, far more than a morning reading.");
        }
    }
}
