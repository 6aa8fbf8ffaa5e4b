package org.restwise.app.json;

import java.time.LocalDate;
import java.time.Period;

/**
 * The dates a check-in or a logged session may carry: from 1 January 1900 to a year after today.
 * Outside that a date is a slip (0026 for 2026) or a probe, and the journal, which lists the recent
 * days, would keep it where no list ever shows it (or fail on it: year -999999999 has no day before).
 * Checked where today is known, at the edges, before anything is stored.
 */
public final class PlausibleDates {

    /** Before any runner who keeps a journal was born. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** A check-in or session planned ahead, but not in another decade. */
    public static final Period AHEAD = Period.ofYears(1);

    private PlausibleDates() {
    }

    /** The date, or an {@link InputFieldException} naming {@code field} when it is outside the range. */
    public static LocalDate check(String field, LocalDate date, LocalDate today) {
        LocalDate latest = today.plus(AHEAD);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            throw new InputFieldException(field, "must be between " + EARLIEST + " and " + latest
                    + " (a year from today), got " + date);
        }
        return date;
    }
}
