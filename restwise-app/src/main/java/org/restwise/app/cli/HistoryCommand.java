package org.restwise.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.restwise.app.json.HistoryJson;
import org.restwise.app.json.Json;
import org.restwise.core.journal.StoredCheckIn;
import org.restwise.core.journal.SavedCheckIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restwise history}: the recent decisions, one line a day. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Recent check-ins: date, decision, limiter, red flags, soreness, sleep.")
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", description = "Print JSON instead of a table.") boolean json;
    @Mixin
    RecentDaysOption window;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now();
        List<SavedCheckIn> checkIns = database.journal().read(j -> j.checkIns().between(window.firstDay(today), today));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = Json.mapper().createArrayNode();
            checkIns.forEach(c -> array.add(HistoryJson.row(c.entry())));
            out.println(Json.pretty(array));
            return 0;
        }
        if (checkIns.isEmpty()) {
            out.println("No check-ins in the last " + window.days + " days. Start with: restwise check-in");
            return 0;
        }
        out.printf("%-10s  %-8s  %-16s  %8s  %5s  %s%n", "date", "decision", "limiter", "soreness", "sleep", "red flags");
        for (SavedCheckIn saved : checkIns) {
            StoredCheckIn c = saved.entry();
            out.printf("%-10s  %-8s  %-16s  %8s  %5s  %s%n", c.checkIn().date(), DecisionCard.words(c.decision().name()),
                    DecisionCard.words(c.state().name()),
                    c.checkIn().signals().soreness() + "/10",
                    c.checkIn().signals().sleepHours().map(h -> String.format(Locale.ROOT, "%.1fh", h)).orElse("-"),
                    c.redFlags().isEmpty() ? "-" : c.redFlags().stream().map(f -> DecisionCard.words(f.name())).collect(Collectors.joining(", ")));
        }
        return 0;
    }
}
