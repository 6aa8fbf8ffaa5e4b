package org.restwise.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ProfilePoint;

/**
 * The {@code activity.profile} column: one line per point, "distance elevation pace gap heart-rate" in
 * metres, seconds per km to one decimal and bpm, {@code -} for a value the file did not give. Lines
 * kept before heart rate was have four values and read as having none. Plain text reads
 * the same on SQLite and PostgreSQL and needs no JSON library in the store. Backups carry the same
 * lines, so a restored profile is stored exactly as it was.
 */
public final class ProfileText {

    private static final String ABSENT = "-";

    private ProfileText() {
    }

    static String write(ActivityProfile profile) {
        StringBuilder text = new StringBuilder(profile.points().size() * 28);
        for (ProfilePoint p : profile.points()) {
            text.append(line(p)).append('\n');
        }
        return text.toString();
    }

    /** One point as one line, without the line break. */
    public static String line(ProfilePoint p) {
        return number(p.distanceMeters()) + ' '
                + p.elevationMeters().map(ProfileText::number).orElse(ABSENT) + ' '
                + p.paceSecondsPerKm().map(ProfileText::number).orElse(ABSENT) + ' '
                + p.gradeAdjustedPaceSecondsPerKm().map(ProfileText::number).orElse(ABSENT) + ' '
                + p.heartRateBpm().map(String::valueOf).orElse(ABSENT);
    }

    /** Reads one line back; {@link IllegalArgumentException} says what is wrong with it. */
    public static ProfilePoint point(String line) {
        String[] v = line.strip().split(" ");
        if (v.length != 4 && v.length != 5) {
            throw new IllegalArgumentException("has " + v.length + " values, not 5 (distance elevation pace gap heart-rate)");
        }
        Optional<Integer> heartRate = v.length == 5 && !v[4].equals(ABSENT) ? Optional.of(Integer.parseInt(v[4])) : Optional.empty();
        return new ProfilePoint(Double.parseDouble(v[0]), optional(v[1]), optional(v[2]), optional(v[3]), heartRate);
    }

    static ActivityProfile read(String text) {
        List<ProfilePoint> points = new ArrayList<>();
        int line = 0;
        for (String row : text.split("\n")) {
            line++;
            if (row.isBlank()) {
                continue;
            }
            try {
                points.add(point(row));
            } catch (IllegalArgumentException e) {
                throw new JournalException("activity profile line " + line + ": " + e.getMessage(), e);
            }
        }
        return new ActivityProfile(points);
    }

    private static Optional<Double> optional(String value) {
        return value.equals(ABSENT) ? Optional.empty() : Optional.of(Double.parseDouble(value));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
