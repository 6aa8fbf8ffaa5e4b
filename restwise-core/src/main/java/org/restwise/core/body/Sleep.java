package org.restwise.core.body;

import java.time.Duration;
import java.util.Optional;

/**
 * One night's sleep as a device or app reported it: the time asleep, its stages where the device
 * tells them apart, and the vendor's score. Stages are as reported and need not add up to the time
 * asleep (vendors round, and some leave a part unclassified).
 *
 * @param asleep  time asleep, above 0 and at most 24 h
 * @param deep    time in deep sleep, 0–24 h
 * @param light   time in light (Apple: "core") sleep, 0–24 h
 * @param rem     time in REM sleep, 0–24 h
 * @param awake   time awake during the sleep period, 0–24 h
 * @param score   the vendor's sleep score, 0–100
 */
public record Sleep(Optional<Duration> asleep, Optional<Duration> deep, Optional<Duration> light,
                    Optional<Duration> rem, Optional<Duration> awake, Optional<Integer> score) {

    private static final Duration DAY = Duration.ofHours(24);

    public Sleep {
        asleep.ifPresent(d -> {
            if (d.isZero() || d.isNegative() || d.compareTo(DAY) > 0) {
                throw new IllegalArgumentException("time asleep must be above 0 and at most 24 h, got " + d);
            }
        });
        stage("deep", deep);
        stage("light", light);
        stage("rem", rem);
        stage("awake", awake);
        score.ifPresent(s -> {
            if (s < 0 || s > 100) {
                throw new IllegalArgumentException("sleep score must be 0–100, got " + s);
            }
        });
        if (asleep.isEmpty() && score.isEmpty()) {
            throw new IllegalArgumentException("a night's sleep needs its duration or a score");
        }
    }

    private static void stage(String name, Optional<Duration> stage) {
        stage.ifPresent(d -> {
            if (d.isNegative() || d.compareTo(DAY) > 0) {
                throw new IllegalArgumentException(name + " sleep must be 0–24 h, got " + d);
            }
        });
    }

    public static Sleep ofDuration(Duration asleep) {
        return new Sleep(Optional.of(asleep), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static Sleep ofScore(int score) {
        return new Sleep(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(score));
    }
}
