package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.app.web.SharedFixtures;

/** What the terminal prints in text is words: no constant such as DOWNHILL_HEAVY or STALE_LEGS in any table or card. */
class TerminalWordsTest {

    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] withDb = Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:sqlite:" + dir.resolve("journal.db");
        return CliRun.of(withDb);
    }

    @Test
    void aJournalWithImportsARaceAndACheckInIsPrintedInWords() {
        String today = LocalDate.now().toString();
        List<CliRun> printed = new ArrayList<>();
        printed.add(run("import", "--no-progress", SharedFixtures.path("fit/fitparse--activity-large-fenxi2-multisport.fit").toString(),
                SharedFixtures.path("fit/fitparse--coros-pace-2-cycling-misaligned-fields.fit").toString()));
        printed.add(run("log", "--type", "ultra-race", "--minutes", "400", "--distance-km", "56", "--descent-m", "2500",
                "--date", LocalDate.now().minusDays(3).toString()));
        printed.add(CliRun.withInput("{\"signals\":{\"soreness\":7,\"heavyLegs\":true}}",
                "check-in", "--json", "-", "--db", "jdbc:sqlite:" + dir.resolve("journal.db")));
        for (String[] command : List.of(new String[] {"history"}, new String[] {"sessions", "--days", "30000"},
                new String[] {"today", "--verbose"}, new String[] {"show", today, "--verbose"}, new String[] {"load"},
                new String[] {"plan", "post-race"}, new String[] {"plan", "recovery-week"}, new String[] {"sessions", "retype"})) {
            printed.add(run(command));
        }

        List<String> constants = new ArrayList<>();
        for (CliRun output : printed.subList(3, printed.size())) {
            Matcher m = CONSTANT.matcher(output.out() + output.err());
            while (m.find()) {
                constants.add(m.group());
            }
        }
        Matcher imported = CONSTANT.matcher(printed.get(0).out());
        while (imported.find()) {
            constants.add(imported.group());
        }
        assertThat(printed.get(0).out()).contains("downhill-heavy", "cycling");
        assertThat(constants).isEmpty();
    }
}
