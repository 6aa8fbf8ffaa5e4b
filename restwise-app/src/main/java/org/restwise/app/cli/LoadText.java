package org.restwise.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.restwise.core.load.Acwr;
import org.restwise.core.units.Lengths;
import org.restwise.core.load.LoadDay;
import org.restwise.core.load.LoadReport;
import org.restwise.core.load.LoadSpike;
import org.restwise.core.load.SessionLoadMethod;

/** The load report for a terminal: methods and caveat, a table of every metric, a chart; 80 columns. */
final class LoadText {

    private static final int LOAD_BAR = 30;
    private static final int RATIO_BAR = 20;
    /** The ratio bar's full width: room above the 1.5 flag without squashing the 0.8–1.3 range. */
    private static final double RATIO_SCALE = 2.5;
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    private final PrintWriter out;

    private final boolean imperial;

    LoadText(PrintWriter out) {
        this(out, false);
    }

    /** @param imperial flat-equivalent distance in miles and descent in feet */
    LoadText(PrintWriter out, boolean imperial) {
        this.out = out;
        this.imperial = imperial;
    }

    void print(LoadReport report, String gradeModel, String methodLabel) {
        out.printf(Locale.ROOT, "Training load, %d days to %s%n", report.days().size(), report.today());
        out.println(summary(report));
        out.printf(Locale.ROOT, "Load: %s.%n", SessionLoadMethod.SESSION_RPE.description());
        if (report.estimatedSessions() > 0) {
            out.printf(Locale.ROOT, "  %d of %d sessions had no RPE: estimated from their type, marked ~.%n",
                    report.estimatedSessions(), report.sessions());
        }
        out.printf(Locale.ROOT, "ACWR (%s):%n  %s.%n", methodLabel, report.method().description());
        out.println("  A flag for a quick change in load, not an injury predictor: Gabbett 2016 saw");
        out.println("  injuries rise above about 1.5 in team sports; Impellizzeri et al. 2020 showed");
        out.println("  the ratio cannot predict or prevent injury. Read it beside how you feel.");
        out.printf(Locale.ROOT, "Also: EWMA ratio (Williams 2017); monotony, strain (Foster 1998); CTL/ATL/TSB%n"
                + "  (42/7-day constants); desc = descent; flat = flat-equivalent distance,%n"
                + "  %s;%n  measured along the track if imported, else climbing spread over the distance.%n"
                + "  Days with nothing logged count as zero; d/28 = days with sessions of 28.%n", gradeModel);
        out.println();
        out.println(imperial ? "date   load acute chron ACWR EWMA mono strain  CTL  ATL   TSB flatmi descft d/28"
                : "date   load acute chron ACWR EWMA mono strain  CTL  ATL   TSB flatkm desc d/28");
        for (LoadDay day : report.days()) {
            boolean estimated = day.sessions().map(s -> s.estimated() > 0).orElse(false);
            out.printf(Locale.ROOT, "%s %5.0f%s%5.0f %5.0f %4s %4s %4s %6s %4.0f %4.0f %5.0f %6.1f %" + (imperial ? 6 : 4) + ".0f %4d%n",
                    day.date().toString().substring(5), day.load(), estimated ? "~" : " ",
                    day.acwr().acute(), day.acwr().chronic(), ratio(day.ratio()), ratio(day.ewma().ratio()),
                    monotony(day), strain(day), day.fitnessFatigue().fitness(), day.fitnessFatigue().fatigue(),
                    day.fitnessFatigue().form(),
                    imperial ? Lengths.kilometresToMiles(day.flatEquivalentKm()) : day.flatEquivalentKm(),
                    imperial ? Lengths.metresToFeet(day.descentMeters()) : day.descentMeters(), day.daysWithData());
        }
        out.println();
        chart(report);
    }

    private void chart(LoadReport report) {
        double maxLoad = report.days().stream().mapToDouble(LoadDay::load).max().orElse(0);
        out.printf(Locale.ROOT, "Load (bar %d = %.0f AU) and ACWR (bar %d = %.1f; ! at %.1f or above)%n",
                LOAD_BAR, maxLoad, RATIO_BAR, RATIO_SCALE, LoadSpike.ACWR_SPIKE);
        for (LoadDay day : report.days()) {
            OptionalDouble ratio = day.ratio();
            String ratioBar = ratio.isPresent() ? bar(ratio.getAsDouble(), RATIO_SCALE, RATIO_BAR) : "";
            out.printf(Locale.ROOT, "%s %-" + LOAD_BAR + "s %5.0f  %-" + RATIO_BAR + "s %4s%s%n",
                    day.date().toString().substring(5), bar(day.load(), maxLoad, LOAD_BAR), day.load(), ratioBar,
                    ratio(ratio), ratio.isPresent() && ratio.getAsDouble() >= LoadSpike.ACWR_SPIKE ? " !" : "");
        }
    }

    /** A horizontal bar in eighths of a character, clipped at {@code width}. */
    /**
     * One line above the table: the last seven days' load in session-RPE AU and how many sessions,
     * then today's ratio, or how far the ratio's baseline has come while it has too few days to mean
     * anything.
     */
    static String summary(LoadReport report) {
        List<LoadDay> days = report.days();
        List<LoadDay> week = days.subList(Math.max(0, days.size() - 7), days.size());
        double load = week.stream().mapToDouble(LoadDay::load).sum();
        int sessions = week.stream().mapToInt(d -> d.sessions().map(s -> s.sessions()).orElse(0)).sum();
        LoadDay today = days.get(days.size() - 1);
        String ratio;
        if (today.ratio().isPresent()) {
            ratio = String.format(Locale.ROOT, "ACWR today %.2f%s", today.ratio().getAsDouble(),
                    today.ratio().getAsDouble() >= 1.5 ? " (a quick rise: 1.5 or more)" : "");
        } else {
            int first = 0;
            while (first < days.size() && days.get(first).load() == 0) {
                first++;
            }
            long history = first < days.size() ? days.size() - first : 0;
            ratio = "ACWR: building your baseline, " + Math.min(history, Acwr.MIN_HISTORY_DAYS) + " of " + Acwr.MIN_HISTORY_DAYS + " days";
        }
        return String.format(Locale.ROOT, "Last 7 days: %,.0f AU of session-RPE load in %d %s.%n%s.", load, sessions,
                sessions == 1 ? "session" : "sessions", ratio);
    }

    static String bar(double value, double max, int width) {
        if (!(max > 0) || !(value > 0)) {
            return "";
        }
        int eighths = (int) Math.round(Math.min(value, max) / max * width * 8);
        return "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
    }

    private static String ratio(OptionalDouble ratio) {
        if (ratio.isEmpty()) {
            return "-";
        }
        double r = ratio.getAsDouble();
        return String.format(Locale.ROOT, r < 10 ? "%.2f" : "%.1f", r);
    }

    private static String monotony(LoadDay day) {
        if (day.monotony().identicalDays()) {
            return "same";
        }
        return ratio(day.monotony().monotony());
    }

    private static String strain(LoadDay day) {
        return day.monotony().strain().isPresent()
                ? String.format(Locale.ROOT, "%.0f", day.monotony().strain().getAsDouble()) : "-";
    }
}
