package org.restwise.app.cli.calc;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.restwise.app.cli.VersionProvider;
import org.restwise.app.json.Json;
import org.restwise.core.load.Acwr;
import org.restwise.core.load.DailyLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise calc acwr}: the acute:chronic workload ratio for every day of a date,load CSV. */
@Command(
        name = "acwr",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Acute:chronic workload ratio for each day of FILE, a CSV of date,load",
            "(header optional; a missing day is a day of zero load; two rows for one",
            "date add up).",
            "  uncoupled (default): mean of the last 7 days / mean of the 21 days",
            "    before them;",
            "  coupled: mean of the last 7 days / mean of the last 28 days",
            "    (Gabbett 2016, doi:10.1136/bjsports-2015-095788); coupled = 4U/(U+3);",
            "  ewma: EWMA(t) = load(t) x L + (1 - L) x EWMA(t-1), L = 2/(N+1),",
            "    N = 7 and 28 (Williams et al. 2017, doi:10.1136/bjsports-2016-096589).",
            "The ratio is null until 28 days of history, and when chronic load is 0.",
            "ACWR flags a sudden change in load; it does not predict injury",
            "(Impellizzeri et al. 2020, doi:10.1123/ijspp.2019-0864).",
        })
public final class AcwrCalc implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "CSV of date,load (YYYY-MM-DD,number).")
    Path csv;

    @Option(names = "--method", paramLabel = "uncoupled|coupled|ewma", defaultValue = "uncoupled",
            description = "How the chronic load is averaged: uncoupled (the default: the 21 days before the"
                    + " last 7), coupled (the 28 days that include them) or ewma (exponentially weighted).")
    AcwrMethodChoice method;

    @Option(names = "--json", description = "Print JSON (one object per day) instead of text.")
    boolean json;

    /** One day of the contract: date, acute, chronic, ratio (null without one), method; daysWithData added. */
    record Day(String date, double acute, double chronic, Double ratio, String method, int daysWithData) {
    }

    @Override
    public Integer call() {
        DailyLoad load = LoadCsv.read(csv);
        LocalDate first = load.firstDate().orElseThrow();
        LocalDate last = load.lastDate().orElseThrow();
        List<Day> days = method.method().series(load, first, last).stream().map(this::day).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(days));
        } else {
            printText(out, days);
        }
        out.flush();
        return 0;
    }

    private Day day(Acwr acwr) {
        Double ratio = acwr.ratio().isPresent() ? CalcInput.round(acwr.ratio().getAsDouble(), 3) : null;
        return new Day(acwr.date().toString(), CalcInput.round(acwr.acute(), 2), CalcInput.round(acwr.chronic(), 2),
                ratio, method.label(), acwr.daysWithData());
    }

    private void printText(PrintWriter out, List<Day> days) {
        out.printf(Locale.ROOT, "ACWR, %s%n", method.method().description());
        out.printf(Locale.ROOT, "A flag for a sudden change in load, not an injury predictor.%n");
        out.printf(Locale.ROOT, "%-10s  %9s  %9s  %6s  %s%n", "date", "acute", "chronic", "ratio", "days with data /28");
        for (Day day : days) {
            out.printf(Locale.ROOT, "%-10s  %9.1f  %9.1f  %6s  %d%n", day.date(), day.acute(), day.chronic(),
                    day.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", day.ratio()), day.daysWithData());
        }
    }
}
