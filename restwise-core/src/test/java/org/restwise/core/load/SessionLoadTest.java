package org.restwise.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.core.load.SessionLoad.HeartRateEffort;

class SessionLoadTest {

    @Test
    void sessionRpeIsRpeTimesMinutes() {
        assertThat(SessionLoad.sessionRpe(7, 60)).isEqualTo(new SessionLoad(420, SessionLoadMethod.SESSION_RPE));
    }

    // minutes × HRr × a·e^(b·HRr), worked by hand.
    @ParameterizedTest(name = "{0} at {1} bpm (rest 50, max 190): {3}")
    @CsvSource({
        "MALE, 150, 60, 108.095359",
        "FEMALE, 150, 60, 121.499066",
        "MALE, 134, 60, 72.910440",   // HRr exactly 0.6
        "MALE, 40, 60, 0",            // below resting: clamped to no load
    })
    void banisterTrimpUsesTheSexSpecificCoefficients(TrimpSex sex, int average, double minutes, double trimp) {
        SessionLoad load = SessionLoad.banisterTrimp(minutes, new HeartRateEffort(average, 50, 190, sex));

        assertThat(load.load()).isCloseTo(trimp, within(1e-6));
        assertThat(load.method()).isEqualTo(SessionLoadMethod.BANISTER_TRIMP);
    }

    @Test
    void prefersRpeOverHeartRate() {
        SessionLoad load = SessionLoad.of(30, OptionalInt.of(3),
                Optional.of(new HeartRateEffort(150, 50, 190, TrimpSex.MALE)));

        assertThat(load.method()).isEqualTo(SessionLoadMethod.SESSION_RPE);
    }

    @Test
    void fallsBackToAnAssumedRpeOfFour() {
        assertThat(SessionLoad.of(45, OptionalInt.empty(), Optional.empty()))
                .isEqualTo(new SessionLoad(180, SessionLoadMethod.ASSUMED_RPE));
    }

    @Test
    void refusesAnRpeOffTheScale() {
        assertThatThrownBy(() -> SessionLoad.sessionRpe(11, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RPE must be 0–10, got 11");
    }
}
