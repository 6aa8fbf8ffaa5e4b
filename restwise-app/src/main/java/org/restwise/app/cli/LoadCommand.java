package org.restwise.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.restwise.app.cli.calc.AcwrMethodChoice;
import org.restwise.app.journal.LoadFromJournal;
import org.restwise.app.json.Json;
import org.restwise.core.load.JournalLoad;
import org.restwise.core.load.LoadDay;
import org.restwise.core.load.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise load}: where the runner stands, day by day, from the sessions in the journal. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Training load from your journal, day by day, with a chart of load and ACWR.",
            "Every metric: session load, ACWR, monotony and strain, fitness/fatigue/form,",
            "flat-equivalent km and descent.",
            "Session load is session-RPE: RPE (0-10) x minutes (Foster et al. 2001); a session",
            "logged without an RPE is estimated with an RPE assumed from its type, and marked.",
            "A day with nothing logged is a day of zero load. ACWR flags a quick change in load;",
            "it does not predict injury (Gabbett 2016; Impellizzeri et al. 2020)."
        })
public final class LoadCommand implements Callable<Integer> {

    static final String CAVEAT = "ACWR flags a quick change in load, not an injury risk: Gabbett 2016"
            + " (doi:10.1136/bjsports-2015-095788) linked ratios above about 1.5 with more injuries in team sports;"
            + " Impellizzeri et al. 2020 (doi:10.1123/ijspp.2019-0864) showed the ratio cannot predict or prevent"
            + " injury. Read it beside how you feel.";

    static final String EMPTY = "No sessions in the journal yet: log one with restwise log --json FILE.";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", description = "Print JSON instead of a table and chart.")
    boolean json;

    @Option(names = "--days", defaultValue = "28", paramLabel = "N", description = "Days to show, ending today (default 28, at most 366).")
    int days;

    @Option(names = "--method", defaultValue = "uncoupled", paramLabel = "uncoupled|coupled|ewma",
            description = "ACWR method: uncoupled (default), coupled or ewma.")
    AcwrMethodChoice method;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Last day shown (default: today).")
    LocalDate until;

    private final Clock clock = Clock.systemDefaultZone();

    /** One day of the JSON output; numbers rounded for reading, nulls where a model has no value. */
    record Day(String date, double load, String loadMethod, int sessions, int estimatedSessions, double acute,
            double chronic, Double acwr, Double ewmaRatio, Double monotony, Double strain, boolean identicalDays,
            double fitness, double fatigue, double form, double flatEquivalentKm, double descentM, int daysWithData) {

        static Day of(LoadDay d) {
            return new Day(d.date().toString(), round(d.load(), 1), d.loadMethod().map(Enum::name).orElse(null),
                    d.sessions().map(JournalLoad.DaySessions::sessions).orElse(0),
                    d.sessions().map(JournalLoad.DaySessions::estimated).orElse(0),
                    round(d.acwr().acute(), 2), round(d.acwr().chronic(), 2),
                    d.ratio().isPresent() ? round(d.ratio().getAsDouble(), 3) : null,
                    d.ewma().ratio().isPresent() ? round(d.ewma().ratio().getAsDouble(), 3) : null,
                    d.monotony().monotony().isPresent() ? round(d.monotony().monotony().getAsDouble(), 3) : null,
                    d.monotony().strain().isPresent() ? round(d.monotony().strain().getAsDouble(), 1) : null,
                    d.monotony().identicalDays(),
                    round(d.fitnessFatigue().fitness(), 1), round(d.fitnessFatigue().fatigue(), 1),
                    round(d.fitnessFatigue().form(), 1), round(d.flatEquivalentKm(), 2), round(d.descentMeters(), 0),
                    d.daysWithData());
        }
    }

    /** The JSON output: the methods named, the caveat, and one object per day. */
    record Output(String until, String method, String methodDescription, String sessionLoadMethod,
            String sessionLoadDescription, int sessions, int estimatedSessions, String gradeModel, String caveat,
            String message, List<Day> days) {
    }

    @Override
    public Integer call() {
        if (days < 1 || days > 366) {
            throw new UserInputException("--days must be between 1 and 366, got " + days);
        }
        LocalDate last = until != null ? until : LocalDate.now(clock);
        JournalLoad journal = LoadFromJournal.journalLoad(database.journal(), last);
        PrintWriter out = spec.commandLine().getOut();
        if (journal.load().firstDate().isEmpty()) {
            out.println(json ? Json.pretty(new Output(last.toString(), method.label(), method.method().description(),
                    null, null, 0, 0, null, CAVEAT, EMPTY, List.of())) : EMPTY);
            out.flush();
            return 0;
        }
        LoadReport report = LoadReport.of(journal, last.minusDays(days - 1L), last, method.method());
        if (json) {
            out.println(Json.pretty(new Output(last.toString(), method.label(), method.method().description(),
                    report.sessionLoadMethod().name(), report.sessionLoadMethod().description(), report.sessions(),
                    report.estimatedSessions(), journal.gradeModel(), CAVEAT, null,
                    report.days().stream().map(Day::of).toList())));
        } else {
            boolean imperial = database.journal().read(j -> j.profile().find())
                    .map(p -> p.units() == org.restwise.core.journal.RunnerProfile.Units.IMPERIAL).orElse(false);
            new LoadText(out, imperial).print(report, journal.gradeModel(), method.label());
        }
        out.flush();
        return 0;
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
