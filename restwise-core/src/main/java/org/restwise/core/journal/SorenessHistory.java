package org.restwise.core.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.restwise.core.checkin.CheckIn;

/**
 * Daily soreness from the check-ins, read as runs of consecutive sore days. A day without a
 * check-in ends a run: the journal cannot vouch for soreness nobody reported.
 */
final class SorenessHistory {

    private final TreeMap<LocalDate, Integer> sorenessByDate = new TreeMap<>();
    private final int realSoreness;

    SorenessHistory(List<CheckIn> checkIns, int realSoreness) {
        this.realSoreness = realSoreness;
        for (CheckIn checkIn : checkIns) {
            sorenessByDate.put(checkIn.date(), checkIn.signals().soreness());
        }
    }

    private boolean soreOn(LocalDate date) {
        Integer soreness = sorenessByDate.get(date);
        return soreness != null && soreness >= realSoreness;
    }

    /** Consecutive sore days ending the day before {@code day}. */
    int soreDaysBefore(LocalDate day) {
        int days = 0;
        for (LocalDate d = day.minusDays(1); soreOn(d); d = d.minusDays(1)) {
            days++;
        }
        return days;
    }

    /**
     * Lengths in days of the sore runs that ended before {@code currentRunStart} and started on or
     * after {@code since}, oldest first. The run still going on is not an episode yet: its length is
     * what we are trying to judge.
     */
    List<Integer> finishedEpisodes(LocalDate since, LocalDate currentRunStart) {
        List<Integer> episodes = new ArrayList<>();
        int run = 0;
        LocalDate previous = null;
        for (Map.Entry<LocalDate, Integer> day : sorenessByDate.subMap(since, true, currentRunStart, false).entrySet()) {
            boolean sore = day.getValue() >= realSoreness;
            boolean continues = previous != null && previous.plusDays(1).equals(day.getKey());
            if (run > 0 && (!sore || !continues)) {
                episodes.add(run);
                run = 0;
            }
            if (sore) {
                run++;
            }
            previous = day.getKey();
        }
        // Whatever run reaches the end of the window ended before the current one started.
        if (run > 0) {
            episodes.add(run);
        }
        return episodes;
    }
}
