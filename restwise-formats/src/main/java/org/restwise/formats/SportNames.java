package org.restwise.formats;

import java.util.List;
import java.util.Locale;
import org.restwise.core.activity.Sport;

/**
 * Sport names as GPX {@code <type>}, TCX {@code Sport} and Strava's activities.csv write them:
 * Garmin's codes ({@code running}, {@code trail_running}, {@code road_biking}, {@code lap_swimming}),
 * Strava's types ({@code Run}, {@code TrailRun}, {@code Ride}, {@code NordicSki}, {@code Weight Training}),
 * StravaGPX's numbers and TCX's three ({@code Running}, {@code Biking}, {@code Other}).
 *
 * <p>A name we recognise as no sport of ours (yoga, strength work, a game) is {@link Sport#OTHER}.
 * Text we cannot read (a number we do not know, a word in another language, a placeholder) is
 * {@link Sport#UNKNOWN}, not {@code OTHER}: the file has then not told us it was no run, and the
 * running rules, speed first, still judge it.
 */
final class SportNames {

    /** Words of sports that are none of ours: counted as load, never as running. */
    private static final List<String> OTHER_SPORTS = List.of("other", "yoga", "pilates", "strength", "weight",
            "workout", "crossfit", "hiit", "cardio", "climb", "boulder", "skat", "golf", "tennis", "soccer",
            "football", "basketball", "badminton", "squash", "padel", "pickleball", "surf", "sail", "kite",
            "stair", "dance", "boxing", "martial", "driv", "boat", "fly");

    private static final List<String> NOT_OURS_THOUGH_ALIKE = List.of("motor", "wheelchair", "snowmobil", "skip",
            "water ski", "waterski", "water_ski");

    private SportNames() {
    }

    static Sport parse(String name) {
        if (name == null || name.isBlank()) {
            return Sport.UNKNOWN;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.chars().allMatch(Character::isDigit)) {
            // StravaGPX writes numeric types: 1 ride, 4 hike, 9 run, 10 walk. Other numbers we cannot vouch for.
            return switch (n) {
                case "9" -> Sport.RUNNING;
                case "1" -> Sport.CYCLING;
                case "4" -> Sport.HIKING;
                case "10" -> Sport.WALKING;
                default -> Sport.UNKNOWN;
            };
        }
        // Names that would pass for one of ours below ("motorcycling", "wheelchair push walk", "rope skipping").
        if (NOT_OURS_THOUGH_ALIKE.stream().anyMatch(n::contains)) {
            return Sport.OTHER;
        }
        if (n.contains("multi") || n.contains("triathlon") || n.contains("duathlon")) {
            return Sport.MULTISPORT;
        }
        if (n.contains("treadmill") || (n.contains("run") && (n.contains("virtual") || n.contains("indoor")))) {
            return Sport.TREADMILL_RUNNING;
        }
        if (n.contains("trail") && n.contains("run") || n.equals("trail")) {
            return Sport.TRAIL_RUNNING;
        }
        if (n.contains("run")) {
            return Sport.RUNNING;
        }
        if (n.contains("bik") || n.contains("ride") || n.contains("cycl") || n.contains("velomobile")) {
            return Sport.CYCLING;
        }
        if (n.contains("hik") || n.contains("mountaineer") || n.contains("snowshoe") || n.contains("snow_shoe")) {
            return Sport.HIKING;
        }
        if (n.contains("walk")) {
            return Sport.WALKING;
        }
        if (n.contains("alpine") || n.contains("snowboard") || n.contains("resort") || n.contains("downhill ski")) {
            return Sport.ALPINE_SKIING;
        }
        if (n.contains("ski")) {
            return Sport.CROSS_COUNTRY_SKIING;
        }
        if (n.contains("swim")) {
            return Sport.SWIMMING;
        }
        if (n.contains("rowing") || n.equals("row")) {
            return Sport.ROWING;
        }
        if (n.contains("paddl") || n.contains("kayak") || n.contains("canoe") || n.contains("rafting")) {
            return Sport.PADDLING;
        }
        if (n.contains("elliptical")) {
            return Sport.ELLIPTICAL;
        }
        if (OTHER_SPORTS.stream().anyMatch(n::contains)) {
            return Sport.OTHER;
        }
        return Sport.UNKNOWN;
    }
}
