package org.restwise.core.heartrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeartRateProfileTest {

    @ParameterizedTest(name = "max {0}: {1}–{2}")
    @CsvSource({"185, 93, 130", "200, 100, 140", "171, 86, 120", "190, 95, 133"})
    void easyRecoveryIsFiftyToSeventyPercentOfMaxInWholeBeats(int max, int min, int upper) {
        assertThat(HeartRateProfile.ofMax(max).easyRecovery()).isEqualTo(new BeatsRange(min, upper));
    }

    @Test
    void percentOfMaxZonesShareTheirEdges() {
        assertThat(HeartRateProfile.ofMax(185).percentOfMaxZones())
                .extracting(HeartRateZone::name, z -> z.minBpm().getAsInt(), z -> z.maxBpm().getAsInt())
                .containsExactly(tuple("1", 93, 111), tuple("2", 111, 130), tuple("3", 130, 148),
                        tuple("4", 148, 167), tuple("5", 167, 185));
    }

    @Test
    void karvonenZonesAreFractionsOfReserveAboveResting() {
        // 48 + f × 137
        HeartRateProfile profile = new HeartRateProfile(185, OptionalInt.of(48), OptionalInt.empty());

        assertThat(profile.karvonenZones())
                .extracting(z -> z.minBpm().getAsInt(), z -> z.maxBpm().getAsInt())
                .containsExactly(tuple(117, 130), tuple(130, 144), tuple(144, 158), tuple(158, 171), tuple(171, 185));
    }

    @Test
    void thresholdZonesFollowFriel() {
        HeartRateProfile profile = new HeartRateProfile(185, OptionalInt.empty(), OptionalInt.of(165));

        assertThat(profile.thresholdZones())
                .extracting(HeartRateZone::name, HeartRateZone::minBpm, HeartRateZone::maxBpm)
                .containsExactly(
                        tuple("1", OptionalInt.empty(), OptionalInt.of(140)),
                        tuple("2", OptionalInt.of(140), OptionalInt.of(149)),
                        tuple("3", OptionalInt.of(149), OptionalInt.of(157)),
                        tuple("4", OptionalInt.of(157), OptionalInt.of(165)),
                        tuple("5a", OptionalInt.of(165), OptionalInt.of(170)),
                        tuple("5b", OptionalInt.of(170), OptionalInt.of(177)),
                        tuple("5c", OptionalInt.of(177), OptionalInt.empty()));
    }

    @Test
    void everyZoneNamesItsMethod() {
        HeartRateProfile profile = new HeartRateProfile(185, OptionalInt.of(48), OptionalInt.of(165));

        assertThat(profile.zones()).extracting(HeartRateZone::method)
                .containsSequence(ZoneMethod.PERCENT_OF_MAX, ZoneMethod.PERCENT_OF_MAX)
                .contains(ZoneMethod.KARVONEN, ZoneMethod.LACTATE_THRESHOLD)
                .hasSize(17);
    }

    @Test
    void clearanceRightAfterASessionIsEightyPercentOfThreshold() {
        HeartRateProfile profile = new HeartRateProfile(185, OptionalInt.empty(), OptionalInt.of(165));

        assertThat(profile.postSessionClearanceBpm()).hasValue(132);
    }

    @Test
    void refusesARestingRateAtOrAboveMax() {
        assertThatThrownBy(() -> new HeartRateProfile(185, OptionalInt.of(185), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("185");
    }

    @Test
    void refusesAnImplausibleMax() {
        assertThatThrownBy(() -> HeartRateProfile.ofMax(40))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximum heart rate must be 100–240 bpm, got 40");
    }
}
