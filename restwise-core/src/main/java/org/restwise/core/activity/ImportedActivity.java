package org.restwise.core.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An activity as the journal keeps it: where it came from, what we measured, and what we guessed
 * it was. The samples are not kept; the measures are what recovery needs.
 *
 * @param sourceFile the file, or {@code archive.zip!entry}, it was read from
 * @param format GPX, TCX or FIT
 * @param sport what the file says the activity was
 * @param summary what Restwise measured
 * @param inferred the session type guessed on import (the session's own type may since be corrected)
 */
public record ImportedActivity(String sourceFile, String format, Sport sport, ActivitySummary summary,
                               InferredSessionType inferred) {

    /** Two recordings of one run start within this of each other (a watch and a phone, or two exports). */
    public static final Duration SAME_START = Duration.ofSeconds(60);
    /** …and cover distances within this fraction of each other (GPS smoothing differs by export). */
    public static final double SAME_DISTANCE_FRACTION = 0.03;

    public ImportedActivity {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(inferred, "inferred");
    }

    /**
     * Identifies the recording itself, whatever its file is called: a SHA-256 over the measured
     * values (start, points, distances, durations, climbing, heart rate) and the format. The same file
     * read twice always gives the same fingerprint.
     */
    public String fingerprint() {
        ActivitySummary s = summary;
        String canonical = String.join("|", format, sport.name(), s.start().map(Instant::toString).orElse("-"),
                Integer.toString(s.points()), text(s.distanceMeters()), text(s.deviceDistanceMeters()),
                text(s.durationSeconds()), text(s.movingSeconds()), text(s.ascentMeters()), text(s.descentMeters()),
                s.avgHeartRateBpm().map(String::valueOf).orElse("-"), s.maxHeartRateBpm().map(String::valueOf).orElse("-"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Distance as the runner knows it: the device's figure when the file has one, else ours. */
    public Optional<Double> bestDistanceMeters() {
        return summary.deviceDistanceMeters().or(summary::distanceMeters);
    }

    /**
     * True when {@code other} is a recording of the same run: starts within {@link #SAME_START} and
     * distances within {@link #SAME_DISTANCE_FRACTION}; when either has no distance (a treadmill
     * without a footpod), the durations must agree within the same fraction instead.
     */
    public boolean isSameRunAs(ImportedActivity other) {
        if (summary.start().isEmpty() || other.summary.start().isEmpty()) {
            return false;
        }
        Duration apart = Duration.between(summary.start().get(), other.summary.start().get()).abs();
        if (apart.compareTo(SAME_START) > 0) {
            return false;
        }
        Optional<Double> mine = bestDistanceMeters();
        Optional<Double> theirs = other.bestDistanceMeters();
        if (mine.isPresent() && theirs.isPresent()) {
            return close(mine.get(), theirs.get());
        }
        Optional<Double> myTime = summary.durationSeconds();
        Optional<Double> theirTime = other.summary.durationSeconds();
        return myTime.isPresent() && theirTime.isPresent() && close(myTime.get(), theirTime.get());
    }

    private static boolean close(double a, double b) {
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return larger == 0 || Math.abs(a - b) <= SAME_DISTANCE_FRACTION * larger;
    }

    private static String text(Optional<Double> value) {
        // Tenths: finer than any sensor, coarse enough that the same file always prints the same.
        return value.map(v -> String.format(java.util.Locale.ROOT, "%.1f", v)).orElse("-");
    }
}
