package org.restwise.core.body;

/**
 * The day's resting heart rate as a device or app reported it.
 *
 * @param bpm beats per minute, 20–150 (a trained ultra runner can rest in the low 30s; above 150 is no
 *            resting value)
 */
public record RestingHeartRate(int bpm) {

    public static final int MIN_BPM = 20;
    public static final int MAX_BPM = 150;

    public RestingHeartRate {
        if (bpm < MIN_BPM || bpm > MAX_BPM) {
            throw new IllegalArgumentException("resting heart rate must be " + MIN_BPM + "–" + MAX_BPM + " bpm, got " + bpm);
        }
    }
}
