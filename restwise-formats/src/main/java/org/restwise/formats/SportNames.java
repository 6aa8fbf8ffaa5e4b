package org.restwise.formats;

import java.util.Locale;
import org.restwise.core.activity.Sport;

/** Sport names as GPX {@code <type>}, TCX {@code Sport} and Strava's activities.csv write them. */
final class SportNames {

    private SportNames() {
    }

    static Sport parse(String name) {
        if (name == null || name.isBlank()) {
            return Sport.UNKNOWN;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // StravaGPX writes numeric types: 1 ride, 4 hike, 9 run, 10 walk.
        switch (n) {
            case "9":
                return Sport.RUNNING;
            case "1":
                return Sport.CYCLING;
            case "4":
                return Sport.HIKING;
            case "10":
                return Sport.WALKING;
            default:
                break;
        }
        if (n.contains("trail")) {
            return Sport.TRAIL_RUNNING;
        }
        if (n.contains("treadmill")) {
            return Sport.TREADMILL_RUNNING;
        }
        if (n.contains("run")) {
            return Sport.RUNNING;
        }
        if (n.contains("bik") || n.contains("ride") || n.contains("cycl")) {
            return Sport.CYCLING;
        }
        if (n.contains("hik")) {
            return Sport.HIKING;
        }
        if (n.contains("walk")) {
            return Sport.WALKING;
        }
        if (n.contains("ski")) {
            return Sport.CROSS_COUNTRY_SKIING;
        }
        if (n.contains("swim")) {
            return Sport.SWIMMING;
        }
        return Sport.OTHER;
    }
}
