package org.restwise.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restwise.core.advice.Modality;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;

/** Recovery sessions that turned into medium work count as sessions that left the runner flatter. */
class MediumWorkRecoveryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static LoggedSession recovery(LocalDate date, Optional<Boolean> leftFlatter, Optional<String> mediumWork) {
        return new LoggedSession(date, Optional.empty(), Optional.empty(), 30, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(),
                Optional.of(new RecoveryBlock(Modality.EASY_JOG, Optional.empty(), leftFlatter, mediumWork)));
    }

    @Test
    void mediumWorkCountsLikeLeavingFlatter() {
        List<LoggedSession> sessions = List.of(
                recovery(TODAY.minusDays(5), Optional.of(true), Optional.empty()),
                recovery(TODAY.minusDays(3), Optional.empty(), Optional.of("55 minutes is longer than the 40-minute recovery dose")),
                recovery(TODAY.minusDays(1), Optional.of(false), Optional.empty()));
        CheckIn today = new CheckIn(TODAY, AthleteProfile.UNKNOWN, Context.UNKNOWN, Signals.builder().build());

        DerivedCheckIn derived = new ContextDerivation().derive(today, AthleteProfile.UNKNOWN,
                new JournalHistory(List.of(), sessions), TODAY.atTime(8, 0));

        assertThat(derived.checkIn().context().recoverySessionsLeftFlatter()).contains(2);
        assertThat(derived.context().get("recoverySessionsLeftFlatter").why())
                .isEqualTo("2 of the last 3 logged recovery sessions left you flatter or turned into medium work (1)");
    }

    @Test
    void aSessionBothFlatterAndMediumWorkCountsOnce() {
        RecoveryBlock both = new RecoveryBlock(Modality.WALK, Optional.empty(), Optional.of(true), Optional.of("long"));

        assertThat(both.countsAsLeftFlatter()).isTrue();
        assertThat(new RecoveryBlock(Modality.WALK, Optional.empty(), Optional.of(false)).countsAsLeftFlatter()).isFalse();
    }
}
