package org.restwise.core.body;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Gathers days as readers hand them over, merging the ones that share a date by
 * {@link WellnessDay#merge}. Memory grows with the number of days, not with the records read. Not
 * thread-safe.
 */
public final class WellnessDays implements Consumer<WellnessDay> {

    private final TreeMap<LocalDate, WellnessDay> byDate = new TreeMap<>();

    @Override
    public void accept(WellnessDay day) {
        if (!day.isEmpty()) {
            byDate.merge(day.date(), day, WellnessDay::merge);
        }
    }

    /** The days so far, oldest first. */
    public List<WellnessDay> days() {
        return List.copyOf(byDate.values());
    }

    public int size() {
        return byDate.size();
    }
}
