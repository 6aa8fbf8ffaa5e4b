package org.restwise.core.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded point of an activity. Every sensor value is optional: a treadmill run has no
 * position, a phone has no heart rate, a watch without GPS fix still records barometric altitude.
 *
 * @param time                  when the point was recorded
 * @param position              where, if the device had a fix
 * @param elevationMeters       metres above sea level (barometric or GPS, as the file gives it)
 * @param heartRateBpm          beats per minute, 1–299
 * @param cadencePerMinute      steps (or revolutions) per minute as the file gives it, 0–299
 * @param deviceDistanceMeters  the device's own cumulative distance at this point, ≥ 0
 */
public record Sample(
        Optional<Instant> time,
        Optional<Position> position,
        Optional<Double> elevationMeters,
        Optional<Integer> heartRateBpm,
        Optional<Integer> cadencePerMinute,
        Optional<Double> deviceDistanceMeters) {

    public Sample {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(elevationMeters, "elevationMeters");
        Objects.requireNonNull(heartRateBpm, "heartRateBpm");
        Objects.requireNonNull(cadencePerMinute, "cadencePerMinute");
        Objects.requireNonNull(deviceDistanceMeters, "deviceDistanceMeters");
        elevationMeters.ifPresent(Sample::requireValidElevation);
        heartRateBpm.ifPresent(Sample::requireValidHeartRate);
        cadencePerMinute.ifPresent(Sample::requireValidCadence);
        deviceDistanceMeters.ifPresent(Sample::requireValidDeviceDistance);
    }

    static void requireValidElevation(double e) {
        if (!Double.isFinite(e)) {
            throw new IllegalArgumentException("elevation must be a finite number of metres, got " + e);
        }
    }

    static void requireValidHeartRate(int hr) {
        if (hr < 1 || hr > 299) {
            throw new IllegalArgumentException("heart rate must be 1-299 bpm, got " + hr);
        }
    }

    static void requireValidCadence(int c) {
        if (c < 0 || c > 299) {
            throw new IllegalArgumentException("cadence must be 0-299 per minute, got " + c);
        }
    }

    static void requireValidDeviceDistance(double d) {
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("device distance must be a finite number of metres >= 0, got " + d);
        }
    }

    /** A point with only a time and a position, the least a GPS track gives. */
    public static Sample at(Instant time, Position position) {
        return new Sample(Optional.of(time), Optional.of(position), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public Sample withElevationMeters(double elevation) {
        return new Sample(time, position, Optional.of(elevation), heartRateBpm, cadencePerMinute, deviceDistanceMeters);
    }

    public Sample withHeartRateBpm(int bpm) {
        return new Sample(time, position, elevationMeters, Optional.of(bpm), cadencePerMinute, deviceDistanceMeters);
    }
}
