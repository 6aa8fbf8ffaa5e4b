package org.restwise.app.web;

import org.restwise.core.body.WellnessSource;

/** Where a body reading came from, as a runner names it. */
final class SourceWords {

    private SourceWords() {
    }

    static String of(WellnessSource source) {
        return switch (source) {
            case MANUAL -> "typed in";
            case FIT_RR -> "FIT recording";
            case POLAR_RR -> "Polar recording";
            case RR_LIST -> "RR list";
            case HRV4TRAINING -> "HRV4Training";
            case GARMIN_HRV_STATUS -> "Garmin HRV status";
            case GARMIN_SLEEP -> "Garmin sleep";
            case GARMIN_MONITORING -> "Garmin monitoring";
            case GARMIN_CONNECT_JSON -> "Garmin Connect";
            case OURA -> "Oura";
            case WHOOP -> "WHOOP";
            case APPLE_HEALTH -> "Apple Health";
            case INTERVALS_ICU -> "intervals.icu";
        };
    }
}
