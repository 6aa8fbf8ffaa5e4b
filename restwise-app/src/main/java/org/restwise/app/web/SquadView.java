package org.restwise.app.web;

import gg.jte.Content;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.restwise.app.squad.MorningRow;
import org.restwise.app.squad.SquadMorning;
import org.restwise.app.squad.Squads;
import org.restwise.core.access.SquadMember;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.RedFlag;

/** The squad's morning page: one line per athlete, the most urgent first, built for a phone. */
public record SquadView(SquadMorning.Morning morning, List<SquadMember> members, Optional<Squads.Invite> invite,
        String inviteLink, Content rows) {

    /** The morning's lines, as {@code squad_rows.jte} renders them into {@link #rows}. */
    public static List<Line> lines(SquadMorning.Morning morning) {
        Fortnight cells = new Fortnight(morning.date(), SquadMorning.FORTNIGHT);
        return morning.rows().stream().map(row -> new Line(row, morning.date(), cells)).toList();
    }

    public String date() {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(morning.date());
    }

    /** One athlete's line. */
    public record Line(MorningRow row, LocalDate today, Fortnight cells) {

        public String name() {
            return row.member().name();
        }

        public String link() {
            return "/athletes/" + row.member().athlete().value();
        }

        public String urgency() {
            return row.urgency().label();
        }

        public String tone() {
            return SquadView.tone(row.today().map(d -> d.decision()));
        }

        public String decision() {
            return row.today().map(d -> word(d.decision())).orElse("No check-in yet");
        }

        public String limiter() {
            return row.today().map(d -> limiterWords(d.state())).orElse("");
        }

        public List<String> redFlags() {
            return row.today().map(d -> d.redFlags().stream().map(RedFlag::plainWords).toList()).orElse(List.of());
        }

        /** "Soreness 6/10 · slept 5.5 h", or what is missing. */
        public String sorenessAndSleep() {
            return row.today().map(d -> "Soreness " + d.soreness() + "/10"
                    + d.sleepHours().map(h -> " · slept " + trimmed(h) + " h").orElse(" · sleep not given")).orElse("");
        }

        /** The sparkline: one cell per day of the fortnight, oldest first. */
        public List<Cell> fortnight() {
            List<Optional<Decision>> days = row.fortnight();
            List<Cell> line = new java.util.ArrayList<>(days.size());
            for (int i = 0; i < days.size(); i++) {
                line.add(cells.cell(i, days.get(i)));
            }
            return line;
        }

        /** The sparkline in words, for a screen reader: "Last 14 days: 8 Train, 4 Move, 2 without a check-in". */
        public String fortnightSummary() {
            java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (Optional<Decision> day : row.fortnight()) {
                counts.merge(day.map(SquadView::word).orElse("without a check-in"), 1, Integer::sum);
            }
            StringBuilder words = new StringBuilder("Last " + row.fortnight().size() + " days:");
            counts.forEach((word, count) -> words.append(words.charAt(words.length() - 1) == ':' ? " " : ", ")
                    .append(count).append(' ').append(word));
            return words.toString();
        }

        public String lastCheckIn() {
            return row.daysSinceLastCheckIn(today).map(days -> days == 0 ? "Checked in today"
                    : days == 1 ? "Last check-in yesterday" : "Last check-in " + days + " days ago").orElse("Never checked in");
        }

        public String lastSession() {
            return row.lastSession().map(s -> "Last session " + DAY.format(s.date())
                    + ": " + JournalPage.typeLabel(s.typeName()) + ", " + s.minutes() + " min")
                    .orElse("No session in the last " + SquadMorning.SESSION_DAYS + " days");
        }

        /** The ratio only when it means something; before that, how far the baseline has come. */
        public String acwr() {
            return LoadWords.ratio(row.acwr(), row.historyDays());
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** A day of the sparkline. */
    public record Cell(String tone, String description) {
    }

    static Cell cell(LocalDate day, Optional<Decision> decision) {
        return new Cell(tone(decision), DAY.format(day) + ": " + decision.map(SquadView::word).orElse("no check-in"));
    }

    private static final Decision[] DECISIONS = Decision.values();

    /**
     * Every cell a fortnight's sparkline can hold, made once per page: a squad of 200 shows 2 800
     * cells of at most 14 × 5 kinds, and formatting a date for each was most of the page's time.
     */
    public static final class Fortnight {

        private final Cell[][] cells;

        Fortnight(LocalDate today, int days) {
            cells = new Cell[days][DECISIONS.length + 1];
            for (int i = 0; i < days; i++) {
                LocalDate day = today.minusDays(days - 1L - i);
                cells[i][DECISIONS.length] = SquadView.cell(day, Optional.empty());
                for (Decision d : DECISIONS) {
                    cells[i][d.ordinal()] = SquadView.cell(day, Optional.of(d));
                }
            }
        }

        Cell cell(int day, Optional<Decision> decision) {
            return cells[day][decision.map(Decision::ordinal).orElse(DECISIONS.length)];
        }
    }

    static String tone(Optional<Decision> decision) {
        return decision.map(d -> TONES.get(d)).orElse("no-check-in");
    }

    static String word(Decision decision) {
        return WORDS.get(decision);
    }

    private static final java.util.Map<Decision, String> WORDS = new java.util.EnumMap<>(Decision.class);
    private static final java.util.Map<Decision, String> TONES = new java.util.EnumMap<>(Decision.class);

    static {
        for (Decision d : DECISIONS) {
            WORDS.put(d, d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT));
            TONES.put(d, "decision-" + d.name().toLowerCase(Locale.ROOT));
        }
    }

    static String limiterWords(LimiterState state) {
        return switch (state) {
            case STALE_LEGS -> "Stale legs";
            case SYSTEMIC_FATIGUE -> "Tired system";
            case TISSUE_DAMAGE -> "Possible tissue damage";
            case NO_LIMITER -> "Nothing holding back";
        };
    }

    private static String trimmed(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
