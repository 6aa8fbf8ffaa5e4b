package org.restwise.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.activity.SessionType;
import org.restwise.core.journal.LoggedSession;

class RecentTrainingTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);

    private static LoggedSession session(int daysAgo, SessionType type, int minutes) {
        return new LoggedSession(SUNDAY.minusDays(daysAgo), Optional.empty(), Optional.of(type), minutes, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void ridesSwimsAndHikesAreTrainingMinutesButNotRuns() {
        List<LoggedSession> week = List.of(session(6, SessionType.EASY, 45), session(5, SessionType.CYCLING, 90),
                session(4, SessionType.INTERVALS, 60), session(3, SessionType.CROSS_TRAINING, 40),
                session(1, SessionType.HIKING, 180), session(0, SessionType.LONG_RUN, 120));

        WeeklyVolume volume = RecentTraining.weeks(week, SUNDAY, 1).get(0);

        assertThat(volume.minutes()).isEqualTo(535.0);
        assertThat(volume.runs()).isEqualTo(3);
        assertThat(volume.hardSessions()).isEqualTo(1);
    }
}
