package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElevationProfileTest {

    @Test
    void jitterInsideTheBandCountsForNothing() {
        double[] flat = {100, 102, 99, 103, 100, 101, 98, 102};
        assertThat(ElevationProfile.climbs(flat, 5)).isEqualTo(new ElevationProfile.Climbs(0, 0));
    }

    @Test
    void aWholeSwingCountsFromTurnToTurn() {
        double[] hill = {100, 110, 108, 150, 149, 151, 120, 122, 90};
        assertThat(ElevationProfile.climbs(hill, 5)).isEqualTo(new ElevationProfile.Climbs(51, 61));
    }

    @Test
    void medianRemovesASingleSpike() {
        double[] spiky = {100, 101, 400, 102, 103};
        assertThat(ElevationProfile.medianSmoothed(spiky, 5)).containsExactly(101, 101.5, 102, 102.5, 103);
    }
}
