package org.restwise.core.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An activity's splits, per kilometre or per mile, read from its drawn profile: the time each took
 * (moving time: the profile's pace leaves out the stops), its pace and grade-adjusted pace, and
 * its climbing and descending. A stretch of a split without pace (a gap in the file's times) makes
 * that split's time unknown rather than short, unless the pace covers at least {@value #KNOWN_SHARE_FOR_A_TIME}
 * of it, when the known part's pace stands for the rest (ours: a few missing points are noise, a
 * missing kilometre is not); the last split is the part left over.
 *
 * <p>Segment between two profile points: its length times the pace at its end point. The profile
 * has a few hundred points, so a split is the sum of a few dozen segments; the figures are as exact
 * as the profile, not the raw file.
 */
public final class ProfileSplits {

    /**
     * One split.
     *
     * @param number        1 for the first split
     * @param meters        its length (the last may be shorter)
     * @param movingSeconds its time at the profile's pace; empty where part of it has no pace
     * @param gapSeconds    the same at grade-adjusted pace: what it would have taken on the flat
     * @param avgHeartRateBpm the mean heart rate along it; empty where most of it has none
     */
    public record Split(int number, double meters, Optional<Double> movingSeconds, Optional<Double> gapSeconds,
                        double ascentMeters, double descentMeters, Optional<Integer> avgHeartRateBpm) {

        /** Seconds per kilometre over the split. */
        public Optional<Double> paceSecondsPerKm() {
            return movingSeconds.map(s -> s / (meters / 1000));
        }

        public Optional<Double> gapSecondsPerKm() {
            return gapSeconds.map(s -> s / (meters / 1000));
        }
    }

    /** The share of a split's distance its pace must cover for the split to have a time. Ours. */
    static final double KNOWN_SHARE_FOR_A_TIME = 0.9;

    /** A split shorter than this at the end is dropped: a few metres of GPS after the watch stopped. */
    static final double SHORTEST_LAST_SPLIT_METERS = 50;

    /** Rounding in the running sum of distances; far below any real stretch of a track. */
    private static final double BOUNDARY_SLACK_METERS = 1e-6;

    private ProfileSplits() {
    }

    public static List<Split> of(ActivityProfile profile, double splitMeters) {
        if (!(splitMeters > 0)) {
            throw new IllegalArgumentException("a split must be longer than 0 m, got " + splitMeters);
        }
        List<ProfilePoint> points = profile.points();
        List<Split> splits = new ArrayList<>();
        Accumulator split = new Accumulator();
        for (int i = 1; i < points.size(); i++) {
            ProfilePoint from = points.get(i - 1);
            ProfilePoint to = points.get(i);
            double length = to.distanceMeters() - from.distanceMeters();
            if (length <= 0) {
                continue;
            }
            double start = from.distanceMeters();
            // A segment that crosses a split boundary is shared between the two in proportion.
            while (length > BOUNDARY_SLACK_METERS) {
                double room = (splits.size() + 1) * splitMeters - start;
                if (room <= BOUNDARY_SLACK_METERS) {
                    // At a boundary (to within rounding): the split is complete.
                    splits.add(split.split(splits.size() + 1));
                    split = new Accumulator();
                    continue;
                }
                double taken = Math.min(length, room);
                split.add(taken, to, from, taken / (to.distanceMeters() - from.distanceMeters()));
                start += taken;
                length -= taken;
            }
        }
        if (split.meters >= SHORTEST_LAST_SPLIT_METERS) {
            splits.add(split.split(splits.size() + 1));
        }
        return splits;
    }

    private static final class Accumulator {
        double meters;
        double seconds;
        double gapSeconds;
        double pacedMeters;
        double gapMeters;
        double ascent;
        double descent;
        double beatMetres;
        double heartMetres;

        void add(double length, ProfilePoint to, ProfilePoint from, double share) {
            meters += length;
            if (to.paceSecondsPerKm().isPresent()) {
                seconds += length / 1000 * to.paceSecondsPerKm().get();
                pacedMeters += length;
            }
            if (to.gradeAdjustedPaceSecondsPerKm().isPresent()) {
                gapSeconds += length / 1000 * to.gradeAdjustedPaceSecondsPerKm().get();
                gapMeters += length;
            }
            if (to.heartRateBpm().isPresent()) {
                beatMetres += length * to.heartRateBpm().get();
                heartMetres += length;
            }
            if (to.elevationMeters().isPresent() && from.elevationMeters().isPresent()) {
                double rise = (to.elevationMeters().get() - from.elevationMeters().get()) * share;
                if (rise > 0) {
                    ascent += rise;
                } else {
                    descent -= rise;
                }
            }
        }

        Split split(int number) {
            Optional<Integer> heartRate = heartMetres >= KNOWN_SHARE_FOR_A_TIME * meters && heartMetres > 0
                    ? Optional.of((int) Math.round(beatMetres / heartMetres)) : Optional.empty();
            return new Split(number, meters, scaled(seconds, pacedMeters), scaled(gapSeconds, gapMeters), ascent, descent,
                    heartRate);
        }

        private Optional<Double> scaled(double knownSeconds, double knownMeters) {
            return knownMeters >= KNOWN_SHARE_FOR_A_TIME * meters && knownMeters > 0
                    ? Optional.of(knownSeconds * meters / knownMeters) : Optional.empty();
        }
    }
}
