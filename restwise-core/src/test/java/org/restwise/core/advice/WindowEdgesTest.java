package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restwise.core.advice.CheckIns.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restwise.core.activity.SessionType;

/**
 * Each timing window, on both sides of its edge: a window shortened or lengthened by a day fails
 * here, not only in the properties.
 */
class WindowEdgesTest {

    @ParameterizedTest(name = "{0} h after an ultra: {1}")
    @CsvSource({"47, REST", "48, REST", "71, REST", "71.9, REST", "72, MOVE", "73, MOVE"})
    void anUltraMeansRestWithWalkingOnlyForTheFirstSeventyTwoHours(double hours, Decision expected) {
        Advice advice = advise(after(SessionType.ULTRA_RACE, hours, s -> s.heavyLegs(true)));

        assertThat(advice.decision()).isEqualTo(expected);
        if (expected == Decision.REST) {
            assertThat(advice.prescription().orElseThrow().modalities()).containsExactly(Modality.WALK);
        }
    }

    @ParameterizedTest(name = "{0} h after an ultra, jogging allowed: {1}")
    @CsvSource({"73, false", "120, false", "167, false", "167.9, false", "168, true", "169, true"})
    void anUltraRulesOutEasyJoggingForSevenDays(double hours, boolean jogging) {
        Prescription dose = advise(after(SessionType.ULTRA_RACE, hours, s -> s.heavyLegs(true))).prescription().orElseThrow();

        assertThat(dose.modalities().contains(Modality.EASY_JOG)).isEqualTo(jogging);
    }

    @ParameterizedTest(name = "{0} h after a 100-miler: severe muscle damage {1}")
    @CsvSource({"73, true", "120, true", "167, true", "167.9, true", "168, false", "169, false"})
    void aHundredMilerNamesSevereMuscleDamageForSevenDays(double hours, boolean named) {
        Advice advice = advise(after(SessionType.HUNDRED_MILE_RACE, hours, s -> s.heavyLegs(true)));

        assertThat(advice.scenarios().contains(Scenario.SEVERE_MUSCLE_DAMAGE)).isEqualTo(named);
        assertThat(advice.decision()).isEqualTo(named ? Decision.REST : Decision.MOVE);
    }

    @ParameterizedTest(name = "{0} h after {1}, jogging allowed: {2}")
    @CsvSource({"47, DOWNHILL_HEAVY, false", "71, DOWNHILL_HEAVY, false", "71.9, DOWNHILL_HEAVY, false",
            "72, DOWNHILL_HEAVY, true", "73, DOWNHILL_HEAVY, true",
            "47, MOUNTAIN_RUN, false", "71, MOUNTAIN_RUN, false", "73, MOUNTAIN_RUN, true"})
    void downhillAndMountainWorkRuleOutEasyJoggingForSeventyTwoHours(double hours, SessionType session, boolean jogging) {
        Prescription dose = advise(after(session, hours, s -> s.soreness(4))).prescription().orElseThrow();

        assertThat(dose.modalities().contains(Modality.EASY_JOG)).isEqualTo(jogging);
    }

    @ParameterizedTest(name = "{0} h after intervals: {1}–{2} min")
    @CsvSource({"0.5, 6, 10", "1, 6, 10", "1.5, 20, 40"})
    void rightAfterASessionMeansTheFirstHour(double hours, int min, int max) {
        Prescription dose = advise(after(SessionType.INTERVALS, hours, s -> s.heavyLegs(true))).prescription().orElseThrow();

        assertThat(dose.minutes()).isEqualTo(new IntRange(min, max));
    }

    @ParameterizedTest(name = "next hard effort in {0} h: {1}")
    @CsvSource({"0.2, REST", "0.25, MOVE", "11.9, MOVE"})
    void aBoutUnderFifteenMinutesAwayMeansPassiveRest(double hours, Decision expected) {
        Advice advice = advise(feeling(s -> s.heavyLegs(true)).withContext(nextHardEffortIn(hours)));

        assertThat(advice.decision()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "next hard effort in {0} h: up to {1} min")
    @CsvSource({"11.9, 10", "12, 40"})
    void aHardEffortWithinTwelveHoursIsAShortTurnaround(double hours, int longest) {
        Prescription dose = advise(feeling(s -> s.heavyLegs(true)).withContext(nextHardEffortIn(hours))).prescription().orElseThrow();

        assertThat(dose.minutes().max()).isEqualTo(longest);
    }
}
