package org.restwise.core.heartrate;

/**
 * An inclusive heart-rate range in whole beats per minute.
 *
 * @param minBpm lower bound, positive
 * @param maxBpm upper bound, not below {@code minBpm}
 */
public record BeatsRange(int minBpm, int maxBpm) {

    public BeatsRange {
        if (minBpm <= 0 || maxBpm < minBpm) {
            throw new IllegalArgumentException("heart-rate range must be 0 < min <= max, got " + minBpm + "–" + maxBpm);
        }
    }
}
