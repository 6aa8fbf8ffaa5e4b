package org.restwise.core.advice;

import java.util.List;
import java.util.Optional;

/**
 * A dose of easy movement.
 *
 * @param modalities what is allowed, best first
 * @param minutes how long, in minutes
 * @param heartRate target heart rate in beats per minute, when the runner's numbers are known
 * @param rpe target rating of perceived exertion, 0–10
 */
public record Prescription(List<Modality> modalities, IntRange minutes, Optional<IntRange> heartRate, IntRange rpe) {

    public Prescription {
        modalities = List.copyOf(modalities);
        if (modalities.isEmpty()) {
            throw new IllegalArgumentException("a prescription needs at least one modality");
        }
    }

    public boolean onlyWalking() {
        return modalities.equals(List.of(Modality.WALK));
    }
}
