package org.restwise.app.json;

import org.restwise.formats.wellness.WellnessFormat;

/** A wellness file's kind as a runner knows it, for import summaries on the terminal and the web. */
public final class WellnessWords {

    private WellnessWords() {
    }

    public static String format(WellnessFormat format) {
        return switch (format) {
            case FIT -> "FIT";
            case POLAR_SENSOR_LOGGER -> "Polar Sensor Logger RR";
            case POLAR_HRM -> "Polar .hrm";
            case RR_LIST -> "RR intervals";
            case GARMIN_JSON -> "Garmin JSON";
            case APPLE_HEALTH -> "Apple Health export";
            case HRV4TRAINING_CSV -> "HRV4Training CSV";
            case INTERVALS_ICU_CSV -> "intervals.icu wellness CSV";
            case WHOOP_CSV -> "WHOOP CSV";
            case OURA_CSV -> "Oura CSV";
        };
    }
}
