package org.restwise.app.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.StoredActivity;

/** A month of activities as the list pages it: its neighbours and its weeks' totals, Monday first. */
final class MonthOfActivities {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private MonthOfActivities() {
    }

    static ActivitiesView.Month of(YearMonth month, List<StoredActivity> activities, ZoneId zone, boolean imperial, YearMonth now) {
        Map<LocalDate, List<ActivitySummary>> weeks = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (StoredActivity a : activities) {
            a.activity().summary().start().ifPresent(start -> weeks.computeIfAbsent(
                    start.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new ArrayList<>()).add(a.activity().summary()));
        }
        List<ActivitiesView.Week> totals = new ArrayList<>();
        weeks.forEach((monday, summaries) -> {
            double meters = summaries.stream().mapToDouble(s -> s.distanceMeters().orElse(0.0)).sum();
            double seconds = summaries.stream().mapToDouble(s -> s.movingSeconds().or(s::durationSeconds).orElse(0.0)).sum();
            double ascent = summaries.stream().mapToDouble(s -> s.ascentMeters().orElse(0.0)).sum();
            totals.add(new ActivitiesView.Week("Week of " + DAY.format(monday), summaries.size(),
                    ActivityRow.distance(meters, imperial), ActivityRow.duration(seconds), ActivityRow.elevation(ascent, imperial)));
        });
        Optional<String> next = month.isBefore(now) ? Optional.of(month.plusMonths(1).toString()) : Optional.empty();
        return new ActivitiesView.Month(MONTH.format(month), month.toString(), month.minusMonths(1).toString(), next, totals);
    }
}
