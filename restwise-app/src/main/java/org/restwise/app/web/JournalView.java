package org.restwise.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Journal page: six weeks of decisions as a calendar, the charts' data, the sessions logged and
 * the form to log one.
 *
 * @param weeks the calendar, Monday first, the last week holding today
 * @param chartJson the series the charts draw, as JSON for restwise-charts.js
 * @param sessions the sessions of the same six weeks, newest first
 * @param form the session form as typed, with any refusal
 * @param imperial whether distances show in miles and feet
 * @param notice what the runner just did, confirmed: a session logged, a session or a check-in deleted
 */
public record JournalView(List<List<Day>> weeks, String chartJson, String loadRatio, List<SessionRow> sessions, Form form, boolean imperial,
        Optional<String> notice) {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** One calendar day; {@code decision} is empty without a check-in, {@code inRange} false past today. */
    public record Day(LocalDate date, Optional<String> decision, boolean today, boolean inRange, boolean showMonth) {

        /** "19 Oct" on the first cell and on the first of a month, else the day of the month. */
        public String number() {
            return showMonth ? date.getDayOfMonth() + " " + DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH).format(date)
                    : String.valueOf(date.getDayOfMonth());
        }

        /** "Move", "Rest"… or "" without a check-in. */
        public String decisionWord() {
            return decision.map(d -> d.charAt(0) + d.substring(1).toLowerCase(Locale.ROOT)).orElse("");
        }

        public String tone() {
            return decision.map(d -> "decision-" + d.toLowerCase(Locale.ROOT)).orElse("no-check-in");
        }

        /** What a screen reader says for the cell. */
        public String description() {
            return LONG.format(date) + ": " + decision.map(d -> decisionWord()).orElse(inRange ? "no check-in" : "to come");
        }
    }

    /** A logged session as the list shows it, in the runner's units. */
    public record SessionRow(long id, LocalDate date, String start, String type, int minutes, String rpe, String distance,
            String ascent, String descent, String recovery) {

        public String day() {
            return DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(date);
        }
    }

    /** How many sessions show before the rest fold away: a week or so of training. */
    static final int RECENT_SESSIONS = 8;

    public List<SessionRow> recentSessions() {
        return sessions.subList(0, Math.min(RECENT_SESSIONS, sessions.size()));
    }

    public List<SessionRow> earlierSessions() {
        return sessions.subList(Math.min(RECENT_SESSIONS, sessions.size()), sessions.size());
    }

    public String distanceUnit() {
        return imperial ? "mi" : "km";
    }

    public String elevationUnit() {
        return imperial ? "ft" : "m";
    }
}
