package org.restwise.formats;

/**
 * Plausibility filters shared by the readers. A value outside the range is a sensor's "no data"
 * marker (0, or 255 — FIT's invalid byte, which some converters copy into TCX) and becomes absent.
 */
final class SensorValues {

    /** Lowest and highest heart rate a device really measures, bpm. */
    static final int MIN_HEART_RATE = 20;
    static final int MAX_HEART_RATE = 250;

    /** Highest cadence we accept, steps or revolutions per minute (FIT's invalid byte is 255). */
    static final int MAX_CADENCE = 254;

    /** Elevation outside this range (Dead Sea shore to above Everest), metres, is a bad reading. */
    static final double MIN_ELEVATION = -500;
    static final double MAX_ELEVATION = 9000;

    private SensorValues() {
    }

    static Integer heartRate(Double value) {
        if (value == null) {
            return null;
        }
        long bpm = Math.round(value);
        return bpm >= MIN_HEART_RATE && bpm <= MAX_HEART_RATE ? (int) bpm : null;
    }

    static Integer cadence(Double value) {
        if (value == null) {
            return null;
        }
        long perMinute = Math.round(value);
        return perMinute >= 0 && perMinute <= MAX_CADENCE ? (int) perMinute : null;
    }

    static Double elevation(Double meters) {
        return meters != null && meters >= MIN_ELEVATION && meters <= MAX_ELEVATION ? meters : null;
    }

    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ").trim();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
