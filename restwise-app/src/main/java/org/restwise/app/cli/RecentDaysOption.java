package org.restwise.app.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --days N} window shared by the journal listings: the last N days, today included. */
public final class RecentDaysOption {

    @Option(names = "--days", paramLabel = "N", defaultValue = "14",
            description = "How many days back, today included (default ${DEFAULT-VALUE}).")
    int days;

    /** The first day of the window ending {@code today}; refuses a window of less than a day. */
    public LocalDate firstDay(LocalDate today) {
        if (days < 1) {
            throw new UserInputException("--days must be at least 1, got " + days);
        }
        return today.minusDays(days - 1L);
    }
}
