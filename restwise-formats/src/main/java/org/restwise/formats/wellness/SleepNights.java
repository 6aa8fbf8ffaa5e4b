package org.restwise.formats.wellness;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.restwise.core.body.Sleep;

/**
 * Sleep intervals gathered night by night and added up without counting any minute twice: Apple
 * Health holds the same night from the watch, the phone and sleep apps, and their intervals overlap,
 * so each night's intervals of a kind are merged into their union before they are summed.
 *
 * <p>A night belongs to the date it ended on, as the sleeper woke: an interval ending up to 18:00
 * belongs to that day, a later one (an evening in bed, the first hours of the night) to the next.
 */
final class SleepNights {

    enum Kind { ASLEEP, DEEP, CORE, REM, AWAKE }

    /** Shifting an end time by this much and taking the date puts 18:00–18:00 into one night. */
    private static final Duration NIGHT_SHIFT = Duration.ofHours(6);
    /** No one sleeps longer in one go; a longer interval is a wrong date, not a night. */
    private static final Duration LONGEST_INTERVAL = Duration.ofHours(24);

    private record Interval(long startSecond, long endSecond) { }

    private final Map<LocalDate, Map<Kind, List<Interval>>> nights = new TreeMap<>();

    /** Adds one interval; false (and nothing added) when it ends before it starts or lasts over a day. */
    boolean add(Kind kind, OffsetDateTime start, OffsetDateTime end) {
        Duration length = Duration.between(start, end);
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST_INTERVAL) > 0) {
            return false;
        }
        LocalDate night = end.plus(NIGHT_SHIFT).toLocalDate();
        Interval interval = new Interval(start.toEpochSecond(), end.toEpochSecond());
        Map<Kind, List<Interval>> byKind = nights.computeIfAbsent(night, d -> new EnumMap<>(Kind.class));
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(interval);
        if (kind != Kind.AWAKE && kind != Kind.ASLEEP) {
            // a stage is sleep too: the union of ASLEEP covers every stage
            byKind.computeIfAbsent(Kind.ASLEEP, k -> new ArrayList<>()).add(interval);
        }
        return true;
    }

    /** Each night's sleep, oldest first; nights with no time asleep are left out. */
    Map<LocalDate, Sleep> nights() {
        Map<LocalDate, Sleep> result = new TreeMap<>();
        nights.forEach((date, byKind) -> {
            Duration asleep = union(byKind.get(Kind.ASLEEP));
            if (asleep.isZero() || asleep.compareTo(Duration.ofHours(24)) > 0) {
                return;
            }
            boolean staged = byKind.containsKey(Kind.DEEP) || byKind.containsKey(Kind.CORE) || byKind.containsKey(Kind.REM);
            result.put(date, new Sleep(Optional.of(asleep), stage(staged, byKind.get(Kind.DEEP)),
                    stage(staged, byKind.get(Kind.CORE)), stage(staged, byKind.get(Kind.REM)),
                    byKind.containsKey(Kind.AWAKE) ? Optional.of(capped(union(byKind.get(Kind.AWAKE)))) : Optional.empty(),
                    Optional.empty()));
        });
        return result;
    }

    private static Optional<Duration> stage(boolean staged, List<Interval> intervals) {
        return staged ? Optional.of(capped(union(intervals))) : Optional.empty();
    }

    private static Duration capped(Duration d) {
        return d.compareTo(Duration.ofHours(24)) > 0 ? Duration.ofHours(24) : d;
    }

    private static Duration union(List<Interval> intervals) {
        if (intervals == null || intervals.isEmpty()) {
            return Duration.ZERO;
        }
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> Long.compare(a.startSecond(), b.startSecond()));
        long total = 0;
        long start = sorted.get(0).startSecond();
        long end = sorted.get(0).endSecond();
        for (Interval interval : sorted.subList(1, sorted.size())) {
            if (interval.startSecond() > end) {
                total += end - start;
                start = interval.startSecond();
                end = interval.endSecond();
            } else {
                end = Math.max(end, interval.endSecond());
            }
        }
        return Duration.ofSeconds(total + end - start);
    }
}
