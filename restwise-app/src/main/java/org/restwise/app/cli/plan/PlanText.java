package org.restwise.app.cli.plan;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.restwise.core.advice.IntRange;
import org.restwise.core.plan.PlanDay;

/** Prints plan days as a compact, readable schedule. */
final class PlanText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private PlanText() {
    }

    static void print(PrintWriter out, String dayLabel, List<PlanDay> days) {
        for (PlanDay day : days) {
            String movement = day.modalities().isEmpty() ? "" : "  [" + day.modalities().stream()
                    .map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "))
                    + minutes(day.minutes()) + "]";
            out.printf(Locale.ROOT, "%s %2d  %-10s  %s%s%n", dayLabel, day.day(), DAY.format(day.date()), day.focus(), movement);
            day.gates().forEach(gate -> out.printf("                   only if: %s%n", gate));
        }
    }

    private static String minutes(IntRange minutes) {
        return minutes.max() == 0 ? "" : ", " + minutes.min() + "–" + minutes.max() + " min";
    }
}
