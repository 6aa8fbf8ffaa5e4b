package org.restwise.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.RedFlag;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.StoredCheckIn;

/** The journal's last weeks as the recovery-week plan reads them. Pure: the last day is an argument. */
public final class RecentTraining {

    /** The article's "last four weeks of load". */
    public static final int WEEKS = 4;

    /** Whether easy running is going well, and why we think so. */
    public record Tolerance(boolean runningWellTolerated, String why) {
    }

    private RecentTraining() {
    }

    /**
     * Seven-day weeks ending on {@code lastDay}, oldest first: training minutes (rides, hikes and
     * cross-training included) and runs (recovery sessions are not training, and only runs are
     * runs), and hard sessions — intervals, hard workouts and races, the intensity a recovery week removes.
     */
    public static List<WeeklyVolume> weeks(List<LoggedSession> sessions, LocalDate lastDay, int weeks) {
        List<WeeklyVolume> out = new ArrayList<>();
        for (int w = weeks - 1; w >= 0; w--) {
            LocalDate end = lastDay.minusDays(7L * w);
            LocalDate start = end.minusDays(6);
            List<LoggedSession> training = sessions.stream()
                    .filter(s -> !s.date().isBefore(start) && !s.date().isAfter(end))
                    .filter(s -> s.trainingType().filter(t -> t != SessionType.NONE).isPresent())
                    .toList();
            double minutes = training.stream().mapToInt(LoggedSession::minutes).sum();
            int hard = (int) training.stream().filter(s -> isIntense(s.trainingType().orElseThrow())).count();
            int runs = (int) training.stream().filter(s -> s.trainingType().orElseThrow().isRun()).count();
            out.add(new WeeklyVolume(start, minutes, runs, hard));
        }
        return List.copyOf(out);
    }

    private static boolean isIntense(SessionType type) {
        return type == SessionType.HARD_WORKOUT || type == SessionType.INTERVALS || type.isUltra();
    }

    /**
     * Running is well tolerated unless a check-in of the period raised RECOVERY_LEAVES_YOU_FLATTER
     * or a recovery session of the period left the runner flatter.
     */
    public static Tolerance tolerance(List<LoggedSession> sessions, List<StoredCheckIn> checkIns, LocalDate from,
            LocalDate lastDay) {
        long flatterCheckIns = checkIns.stream()
                .filter(c -> !c.checkIn().date().isBefore(from) && !c.checkIn().date().isAfter(lastDay))
                .filter(c -> c.redFlags().contains(RedFlag.RECOVERY_LEAVES_YOU_FLATTER))
                .count();
        long flatterSessions = sessions.stream()
                .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(lastDay))
                .filter(s -> s.recovery().map(r -> r.didLeaveFlatter()).orElse(false))
                .count();
        if (flatterCheckIns == 0 && flatterSessions == 0) {
            return new Tolerance(true, "no check-in since " + from + " found that recovery sessions leave you flatter,"
                    + " and no recovery session did");
        }
        return new Tolerance(false, "since " + from + ": " + flatterCheckIns + " check-in(s) found that recovery sessions"
                + " leave you flatter, " + flatterSessions + " recovery session(s) left you flatter");
    }
}
