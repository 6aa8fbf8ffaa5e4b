package org.restwise.core.body;

import java.util.Objects;
import java.util.Optional;

/**
 * One day's HRV reading as rMSSD.
 *
 * @param rmssdMillis    rMSSD, ms, above 0 and at most 500
 * @param heartRateBpm   mean heart rate during the recording, when known (20–250 bpm); for a
 *                       morning recording this is not the resting heart rate, which a device takes
 *                       its own way
 * @param window         a morning recording or a night's average: they are not compared with each other
 * @param beats          beats recorded and kept by the artefact filter, when we computed the value ourselves
 * @param vendorBand     the vendor's own band and verdict, when it gave one
 */
public record HrvReading(double rmssdMillis, Optional<Integer> heartRateBpm, HrvWindow window,
                         Optional<BeatsKept> beats, Optional<VendorHrvBand> vendorBand) {

    public HrvReading {
        if (!(rmssdMillis > 0 && rmssdMillis <= 500)) {
            throw new IllegalArgumentException("rMSSD must be above 0 and at most 500 ms, got " + rmssdMillis);
        }
        heartRateBpm.ifPresent(bpm -> {
            if (bpm < 20 || bpm > 250) {
                throw new IllegalArgumentException("heart rate of an HRV recording must be 20–250 bpm, got " + bpm);
            }
        });
        Objects.requireNonNull(window, "window");
    }

    /** A reading we computed from a morning recording's beat-to-beat intervals. */
    public static HrvReading ofMorningRecording(Rmssd rmssd) {
        return new HrvReading(rmssd.millis(), Optional.of(rmssd.heartRateBpm()), HrvWindow.MORNING,
                Optional.of(new BeatsKept(rmssd.recorded(), rmssd.kept())), Optional.empty());
    }

    /** A value a device or app computed, with the window it was taken in. */
    public static HrvReading reported(double rmssdMillis, Optional<Integer> heartRateBpm, HrvWindow window) {
        return new HrvReading(rmssdMillis, heartRateBpm, window, Optional.empty(), Optional.empty());
    }

    public HrvReading withVendorBand(VendorHrvBand band) {
        return new HrvReading(rmssdMillis, heartRateBpm, window, beats, Optional.of(band));
    }

    /**
     * How much of a recording the artefact filter kept.
     *
     * @param recorded values the recording held
     * @param kept     intervals the filter kept, at most {@code recorded}
     */
    public record BeatsKept(int recorded, int kept) {
        public BeatsKept {
            if (kept < 0 || recorded < kept) {
                throw new IllegalArgumentException("kept beats must be 0–recorded, got " + kept + "/" + recorded);
            }
        }
    }
}
