package org.restwise.app.json;

import java.time.LocalDate;
import java.time.Period;

/**
 * The dates a check-in or a logged session may carry: from 1 January 1900 to tomorrow. A journal
 * holds what happened: a check-in is about a morning that has come and a session about training that
 * was done, so a later date is a slip (2027 for 2026, a month typed for a day) that would otherwise
 * sit in the journal as if it had happened and feed tomorrow's load. Tomorrow is allowed because the
 * server's today is not everyone's: a runner east of it may already be in the next day. Earlier than
 * 1900 is a slip (0026 for 2026) or a probe. Checked where today is known, at the edges, before
 * anything is stored.
 */
public final class PlausibleDates {

    /** Before any runner who keeps a journal was born. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** A runner in a time zone ahead of the server's may be a day further on. */
    public static final Period AHEAD = Period.ofDays(1);

    private PlausibleDates() {
    }

    /** The date, or an {@link InputFieldException} naming {@code field} when it is outside the range. */
    public static LocalDate check(String field, LocalDate date, LocalDate today) {
        LocalDate latest = today.plus(AHEAD);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            throw new InputFieldException(field, "must be between " + EARLIEST + " and " + latest
                    + " (no later than tomorrow), got " + date);
        }
        return date;
    }
}
