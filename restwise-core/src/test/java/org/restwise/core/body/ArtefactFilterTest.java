package org.restwise.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArtefactFilterTest {

    private static double[] steady(int beats, double millis) {
        double[] rr = new double[beats];
        for (int i = 0; i < beats; i++) {
            rr[i] = millis + (i % 2 == 0 ? 10 : -10);
        }
        return rr;
    }

    @Test
    void anIntervalOutsideThreeHundredToTwoThousandMillisecondsIsDropped() {
        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(RrIntervals.of(800, 2100, 810, 290, 820));

        assertThat(filtered.outOfRange()).isEqualTo(2);
        assertThat(filtered.kept()).containsExactly(800.0, 810.0, 820.0);
        // 800 and 810 were not neighbours: no difference spans the dropped 2100
        assertThat(filtered.differences()).isEmpty();
    }

    @Test
    void anIntervalMoreThanTwentyPercentAwayFromTheOneBeforeIsDropped() {
        // 1000 -> 1210 is 21 %: dropped; 1210 -> 1000 is 17 % of 1210: kept, but its neighbour went
        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(RrIntervals.of(1000, 1210, 1000, 1010));

        assertThat(filtered.suddenChange()).isEqualTo(1);
        assertThat(filtered.kept()).containsExactly(1000.0, 1000.0, 1010.0);
        assertThat(filtered.differences()).containsExactly(10.0);
    }

    @Test
    void anEctopicBeatAndItsCompensatoryPauseAreBothDropped() {
        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(RrIntervals.of(800, 810, 500, 1120, 820, 815));

        assertThat(filtered.kept()).containsExactly(800.0, 810.0, 815.0);
        assertThat(filtered.suddenChange()).isEqualTo(3);
    }

    @Test
    void aRecordingWithTooFewIntervalsIsRefusedWithTheCount() {
        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(RrIntervals.of(steady(25, 900)));

        assertThat(filtered.refusal()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("Only 25 beat intervals passed").contains("at least 30"));
    }

    @Test
    void aRecordingWithLessThanSixtyPercentKeptIsRefusedAsTooNoisy() {
        double[] rr = steady(100, 900);
        for (int i = 0; i < 100; i += 2) {
            rr[i] = 2200;
        }

        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(RrIntervals.of(rr));

        assertThat(filtered.refusal()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("Only 50 of 100 beat intervals (50 %)").contains("too noisy"));
    }

    @Test
    void valuesRemovedAtReadingCountAgainstTheKeptShare() {
        RrIntervals.Recording recording = new RrIntervals.Recording();
        for (double ms : steady(40, 900)) {
            recording.add(ms);
        }
        for (int i = 0; i < 30; i++) {
            recording.add(65535);
        }

        FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(recording.build());

        assertThat(filtered.recorded()).isEqualTo(70);
        assertThat(filtered.dropped()).isEqualTo(30);
        assertThat(filtered.refusal()).isPresent();
    }

    @Test
    void keptAndDroppedAlwaysAddUpToWhatWasRecorded() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            RrIntervals.Recording recording = new RrIntervals.Recording();
            int beats = random.nextInt(200);
            for (int i = 0; i < beats; i++) {
                recording.add(random.nextInt(10) == 0 ? random.nextDouble() * 4000 : 700 + random.nextGaussian() * 120);
            }
            RrIntervals intervals = recording.build();
            FilteredIntervals filtered = ArtefactFilter.STANDARD.apply(intervals);
            List<Double> everyKeptInRange = new ArrayList<>(filtered.kept());
            everyKeptInRange.removeIf(ms -> ms >= 300 && ms <= 2000);

            assertThat(filtered.kept().size() + filtered.dropped()).as("seed %d", seed).isEqualTo(beats);
            assertThat(everyKeptInRange).as("seed %d", seed).isEmpty();
            assertThat(filtered.differences().size()).as("seed %d", seed).isLessThan(Math.max(1, filtered.kept().size()));
        }
    }
}
