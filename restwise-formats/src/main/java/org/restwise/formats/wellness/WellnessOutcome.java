package org.restwise.formats.wellness;

import java.util.List;
import org.restwise.core.body.WellnessDay;

/** What reading one wellness file gave: its days, or the one-sentence reason it gave none. */
public sealed interface WellnessOutcome {

    String source();

    /** @param days as the file gave them, possibly several for one date (merge them with {@link org.restwise.core.body.WellnessDays}) */
    record Read(String source, WellnessFormat format, List<WellnessDay> days) implements WellnessOutcome {
        public Read {
            days = List.copyOf(days);
        }
    }

    record Failed(String source, String reason) implements WellnessOutcome {
        static Failed of(UnreadableWellnessException e) {
            return new Failed(e.source(), e.reason());
        }
    }
}
