package org.restwise.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every load metric, day by day, up to "today": session load with its method, ACWR by the chosen
 * method and by EWMA, monotony and strain, fitness / fatigue / form, and the two separate axes
 * (flat-equivalent km, descent metres). Pure: today is an argument.
 *
 * @param today the last day of the report
 * @param method the ACWR method of {@link LoadDay#acwr()}
 * @param sessionLoadMethod the runner's session-load method
 * @param days from the first day asked for to {@code today}, in date order
 * @param estimatedSessions sessions in the report's days whose load was estimated (no RPE logged)
 * @param sessions sessions in the report's days
 */
public record LoadReport(LocalDate today, AcwrMethod method, SessionLoadMethod sessionLoadMethod, List<LoadDay> days,
        int estimatedSessions, int sessions) {

    public LoadReport {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(sessionLoadMethod, "sessionLoadMethod");
        days = List.copyOf(days);
    }

    /**
     * The report for the days from {@code from} to {@code today}, both inclusive. The models read the
     * whole journal before {@code from}, so the first day shown already carries its history.
     */
    public static LoadReport of(JournalLoad journal, LocalDate from, LocalDate today, AcwrMethod method) {
        if (from.isAfter(today)) {
            throw new IllegalArgumentException("the report must start on or before " + today + ", got " + from);
        }
        DailyLoad load = journal.load();
        List<Acwr> ratios = method.series(load, from, today);
        List<Acwr> ewma = method == AcwrMethod.EWMA ? ratios : AcwrMethod.EWMA.series(load, from, today);
        List<FitnessFatigue> fitness = FitnessFatigue.series(load, from, today);
        List<LoadDay> days = new ArrayList<>();
        for (int i = 0; i < ratios.size(); i++) {
            LocalDate day = from.plusDays(i);
            days.add(new LoadDay(day, load.loadOn(day), journal.sessionsOn(day), ratios.get(i), ewma.get(i),
                    Monotony.weekEnding(load, day), fitness.get(i), journal.flatEquivalentKm().loadOn(day),
                    journal.descentMeters().loadOn(day), ratios.get(i).daysWithData()));
        }
        return new LoadReport(today, method, journal.method(), days, journal.estimatedSessions(from, today),
                journal.sessions(from, today));
    }

    /** The last day of the report. */
    public LoadDay latest() {
        return days.get(days.size() - 1);
    }
}
