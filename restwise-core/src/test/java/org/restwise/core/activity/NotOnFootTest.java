package org.restwise.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tracks measured as a reader hands them over, then judged: was this on foot at all? */
class NotOnFootTest {

    private static final Instant T0 = Instant.parse("2024-06-01T06:00:00Z");
    /** One degree of latitude on our sphere, metres. */
    private static final double DEGREE = Position.EARTH_RADIUS_METERS * Math.PI / 180;

    /** Legs of a straight track north: each so many seconds at so many km/h, a point every {@code every} seconds. */
    private static final class Track {
        private final List<Sample> samples = new ArrayList<>();
        private final int every;
        private long second;
        private double north;

        Track(int every) {
            this.every = every;
            samples.add(point());
        }

        Track at(double kmh, int seconds) {
            for (int s = every; s <= seconds; s += every) {
                second += every;
                north += kmh / 3.6 * every;
                samples.add(point());
            }
            return this;
        }

        /** The next point {@code meters} east of where it should be (a GPS fault), the track going on after it. */
        Track jumpOnce(double meters) {
            second += every;
            north += 3.0 * every;
            samples.add(Sample.at(T0.plusSeconds(second), new Position(45 + north / DEGREE, 7 + meters / (DEGREE * 0.707))));
            return this;
        }

        private Sample point() {
            return Sample.at(T0.plusSeconds(second), new Position(45 + north / DEGREE, 7)).withElevationMeters(200);
        }

        MeasuredActivity measured(Sport sport) {
            Activity activity = new Activity(sport, List.of(new TrackSegment(samples)), DeviceTotals.NONE);
            return GeneratedActivities.written(activity, ActivityAnalyzer.standard().measurer());
        }
    }

    private static InferredSessionType inferred(MeasuredActivity activity) {
        return SessionTypeInference.infer(activity, Optional.empty());
    }

    @Test
    void aCarThroughTownIsNotAnEasyRun() {
        // Parked, a few minutes at 40–50 km/h with a stop at a junction, parked again: 8 minutes, 3 km.
        MeasuredActivity car = new Track(1).at(0, 60).at(45, 90).at(5, 30).at(50, 120).at(0, 180).measured(Sport.UNKNOWN);

        assertThat(car.sustainedSpeeds().fastestMinuteMetersPerSecond().orElseThrow() * 3.6).isCloseTo(50, within(0.5));
        assertThat(inferred(car).type()).isEqualTo(SessionType.OTHER);
        assertThat(inferred(car).reason()).startsWith("the track held 50 km/h for a minute");
    }

    @Test
    void aRideOnTheFlatWithoutASportIsNotARun() {
        MeasuredActivity ride = new Track(1).at(28, 1800).measured(Sport.UNKNOWN);

        assertThat(inferred(ride).type()).isEqualTo(SessionType.OTHER);
        assertThat(inferred(ride).reason()).startsWith("the track held 28 km/h for ten minutes");
    }

    @Test
    void aWatchLeftRunningInTheCarAfterARunMakesItNoRun() {
        MeasuredActivity runThenDrive = new Track(1).at(11, 2400).at(0, 120).at(60, 600).measured(Sport.RUNNING);

        assertThat(inferred(runThenDrive).type()).isEqualTo(SessionType.OTHER);
        assertThat(inferred(runThenDrive).reason()).startsWith("the file says this was a run, but the track held");
    }

    @Test
    void theFastestRunEverRunIsStillARun() {
        // The 5 000 m world record's pace (12:35, 23.8 km/h), after a warm-up, and 400 m flat out (33 km/h for 43 s).
        MeasuredActivity record = new Track(1).at(10, 900).at(23.8, 755).at(8, 300).at(33, 43).at(6, 600)
                .measured(Sport.RUNNING);

        assertThat(inferred(record).type()).isNotEqualTo(SessionType.OTHER);
    }

    @Test
    void aPositionThatJumpsAwayAndBackOnASparseTrackDoesNotMakeARunFast() {
        // One point every 30 s, as old loggers write; one of them 300 m off the line. Taken alone, its two
        // steps would make a minute of 37 km/h; the straight line between the minute's ends keeps it near 20.
        MeasuredActivity sparse = new Track(30).at(10, 900).jumpOnce(300).at(10, 900).measured(Sport.UNKNOWN);

        assertThat(sparse.sustainedSpeeds().fastestMinuteMetersPerSecond().orElseThrow() * 3.6).isLessThan(25);
        assertThat(inferred(sparse).type()).isEqualTo(SessionType.EASY);
    }

    @Test
    void aGpsPositionThatTeleportsOnceAddsNoMoreThanOneFastStep() {
        List<Sample> samples = new ArrayList<>(new Track(1).at(10, 600).samples);
        Sample last = samples.get(samples.size() - 1);
        // After a tunnel the track resumes 2 km further on (a GPS fault): every later point is shifted.
        double shift = 2000 / DEGREE;
        for (int s = 1; s <= 600; s++) {
            Position p = last.position().orElseThrow();
            samples.add(Sample.at(T0.plusSeconds(600 + s), new Position(p.latitudeDegrees() + shift + s * (10 / 3.6) / DEGREE,
                    p.longitudeDegrees())).withElevationMeters(200));
        }
        Activity activity = new Activity(Sport.UNKNOWN, List.of(new TrackSegment(samples)), DeviceTotals.NONE);
        MeasuredActivity teleported = GeneratedActivities.written(activity, ActivityAnalyzer.standard().measurer());

        assertThat(teleported.sustainedSpeeds().fastestMinuteMetersPerSecond().orElseThrow() * 3.6).isLessThan(25);
        assertThat(inferred(teleported).type()).isEqualTo(SessionType.EASY);
    }

    @Test
    void aTreadmillWithoutPositionsHasNoSpeedToJudge() {
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s <= 1800; s++) {
            samples.add(new Sample(Optional.of(T0.plusSeconds(s)), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(s * 3.0)));
        }
        Activity activity = new Activity(Sport.TREADMILL_RUNNING, List.of(new TrackSegment(samples)), DeviceTotals.NONE);
        MeasuredActivity treadmill = GeneratedActivities.written(activity, ActivityAnalyzer.standard().measurer());

        assertThat(treadmill.sustainedSpeeds()).isEqualTo(SustainedSpeeds.UNKNOWN);
    }
}
