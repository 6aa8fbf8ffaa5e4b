package org.restwise.core.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random activities with everything real files throw at the analyzer: gaps and segments, GPS
 * jumps between the foot and the wheel speed limit and beyond, time going backwards, missing values,
 * 0.0 m placeholders, tracks at sea level, elevation on only some points, device distances.
 */
final class GeneratedActivities {

    private static final double DEGREE = Position.EARTH_RADIUS_METERS * Math.PI / 180;
    private static final Instant T0 = Instant.parse("2024-06-01T06:00:00Z");

    private GeneratedActivities() {
    }

    static Activity activity(long seed, int maxPointsPerSegment) {
        Random r = new Random(seed);
        Sport sport = Sport.values()[r.nextInt(Sport.values().length)];
        int segments = 1 + r.nextInt(3);
        boolean seaLevel = r.nextInt(4) == 0;
        double zeroChance = r.nextInt(3) == 0 ? 0.02 : 0;
        double elevationChance = switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 0.02;
            default -> 0.97;
        };
        double spikeChance = r.nextInt(2) == 0 ? 0.01 : 0;
        boolean device = r.nextInt(3) == 0;
        boolean heart = r.nextBoolean();
        double lat = 45;
        double lon = 7;
        double ele = seaLevel ? 3 : 1200;
        double deviceMeters = 0;
        long second = 0;
        List<TrackSegment> result = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            int n = r.nextInt(maxPointsPerSegment + 1);
            SampleColumns.Builder b = new SampleColumns.Builder();
            for (int i = 0; i < n; i++) {
                second += r.nextInt(50) == 0 ? r.nextInt(30) : 1;
                if (r.nextInt(200) != 0) {
                    long shown = r.nextInt(300) == 0 ? second - 3600 : second;
                    b.time(T0.plusSeconds(shown).plusMillis(r.nextInt(10) == 0 ? r.nextInt(1000) : 0));
                }
                double speed = r.nextInt(20) == 0 ? 0 : r.nextDouble() * 5;
                lat += speed / DEGREE * (r.nextBoolean() ? 1 : 0.3);
                lon += speed / DEGREE * r.nextDouble();
                if (r.nextInt(30) != 0) {
                    if (r.nextDouble() < spikeChance) {
                        double jump = (r.nextBoolean() ? 25 : 200) / DEGREE;
                        b.position(lat + jump, lon);
                    } else {
                        b.position(lat, lon);
                    }
                }
                ele += r.nextGaussian() * 1.5;
                if (r.nextDouble() < elevationChance) {
                    b.elevationMeters(r.nextDouble() < zeroChance ? (r.nextBoolean() ? 0.0 : -0.0) : ele);
                }
                if (heart && r.nextInt(10) != 0) {
                    b.heartRateBpm(60 + r.nextInt(120));
                }
                deviceMeters += speed;
                if (device && r.nextInt(5) != 0) {
                    b.deviceDistanceMeters(deviceMeters);
                }
                b.addPoint();
            }
            result.add(new TrackSegment(b.build()));
        }
        return new Activity(sport, result, DeviceTotals.NONE, r.nextInt(10) != 0);
    }

    /** Writes a stored activity into {@code sink} as a reader would, in the writer's chunks. */
    static <R> R written(Activity activity, TrackSink<R> sink) {
        TrackWriter<R> writer = new TrackWriter<>(sink);
        for (TrackSegment segment : activity.segments()) {
            writer.startSegment();
            segment.samples().forEach(writer::add);
            writer.endSegment();
        }
        return writer.finish(activity.sport(), activity.deviceTotals(), activity.wallClockTimes());
    }
}
