package org.restwise.app.web;

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
        String inviteLink) {

    public List<Line> lines() {
        return morning.rows().stream().map(row -> new Line(row, morning.date())).toList();
    }

    public String date() {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(morning.date());
    }

    /** One athlete's line. */
    public record Line(MorningRow row, LocalDate today) {

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
            return row.today().map(d -> "decision-" + d.decision().name().toLowerCase(Locale.ROOT)).orElse("no-check-in");
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
            return java.util.stream.IntStream.range(0, days.size())
                    .mapToObj(i -> cell(today.minusDays(days.size() - 1L - i), days.get(i))).toList();
        }

        public String lastCheckIn() {
            return row.daysSinceLastCheckIn(today).map(days -> days == 0 ? "Checked in today"
                    : days == 1 ? "Last check-in yesterday" : "Last check-in " + days + " days ago").orElse("Never checked in");
        }

        public String lastSession() {
            return row.lastSession().map(s -> "Last session " + DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(s.date())
                    + ": " + JournalPage.typeLabel(s.typeName()) + ", " + s.minutes() + " min")
                    .orElse("No session in the last " + SquadMorning.SESSION_DAYS + " days");
        }

        /** The ratio only when it means something; before that, how far the baseline has come. */
        public String acwr() {
            return LoadWords.ratio(row.acwr(), row.historyDays());
        }
    }

    /** A day of the sparkline. */
    public record Cell(String tone, String description) {
    }

    static Cell cell(LocalDate day, Optional<Decision> decision) {
        return new Cell(decision.map(d -> "decision-" + d.name().toLowerCase(Locale.ROOT)).orElse("no-check-in"),
                DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(day) + ": "
                        + decision.map(SquadView::word).orElse("no check-in"));
    }

    static String word(Decision decision) {
        return decision.name().charAt(0) + decision.name().substring(1).toLowerCase(Locale.ROOT);
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
