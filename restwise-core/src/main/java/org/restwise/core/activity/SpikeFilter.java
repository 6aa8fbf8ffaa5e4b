package org.restwise.core.activity;

/**
 * GPS spikes within one segment: a position implying more than the spike speed from the last
 * accepted one is skipped, unless a run of them says the track really moved (or the anchor was the
 * spike); the distance is summed between accepted positions. Judging a position changes nothing, so
 * a {@link MeasuringPass} can split before taking it when the sport would decide.
 */
final class SpikeFilter {

    enum Verdict { ACCEPT, REJECT, DEPENDS_ON_SPORT }

    private final NoiseHandling noise;
    private boolean anchored;
    private double anchorLatitude;
    private double anchorLongitude;
    private long anchorTime;
    private int rejectedInARow;
    private double distanceMeters;
    /** The step {@link #judge} measured, for {@link #take}: one haversine per position. */
    private double judgedStep;

    SpikeFilter(NoiseHandling noise) {
        this.noise = noise;
        startSegment();
    }

    SpikeFilter(SpikeFilter o) {
        noise = o.noise;
        anchored = o.anchored;
        anchorLatitude = o.anchorLatitude;
        anchorLongitude = o.anchorLongitude;
        anchorTime = o.anchorTime;
        rejectedInARow = o.rejectedInARow;
        distanceMeters = o.distanceMeters;
        judgedStep = o.judgedStep;
    }

    void startSegment() {
        anchored = false;
        anchorTime = MeasuringPass.NO_TIME;
        rejectedInARow = 0;
        distanceMeters = 0;
    }

    /** Metres between the accepted positions so far in this segment. */
    double distanceMeters() {
        return distanceMeters;
    }

    /** What becomes of the position at {@code time} (or NO_TIME), at the given spike speed. */
    Verdict judge(double latitude, double longitude, long time, MeasuringPass.SpikeSpeed speed) {
        judgedStep = 0;
        if (!anchored) {
            return Verdict.ACCEPT;
        }
        judgedStep = Position.distanceMeters(anchorLatitude, anchorLongitude, latitude, longitude);
        boolean timed = time != MeasuringPass.NO_TIME && anchorTime != MeasuringPass.NO_TIME && time > anchorTime;
        if (!timed) {
            return Verdict.ACCEPT;
        }
        double metersPerSecond = judgedStep / ((time - anchorTime) / 1000.0);
        boolean lastChance = rejectedInARow + 1 >= noise.spikeRunToReanchor();
        boolean footSpike = metersPerSecond > noise.maxFootSpeedMetersPerSecond() && !lastChance;
        boolean wheelSpike = metersPerSecond > noise.maxWheelSpeedMetersPerSecond() && !lastChance;
        return switch (speed) {
            case FOOT -> footSpike ? Verdict.REJECT : Verdict.ACCEPT;
            case WHEEL -> wheelSpike ? Verdict.REJECT : Verdict.ACCEPT;
            case UNDECIDED -> footSpike != wheelSpike ? Verdict.DEPENDS_ON_SPORT
                    : footSpike ? Verdict.REJECT : Verdict.ACCEPT;
        };
    }

    /** Takes the position just judged, as {@code accepted} says. */
    void take(double latitude, double longitude, long time, boolean accepted) {
        if (!accepted) {
            rejectedInARow++;
            return;
        }
        distanceMeters += judgedStep;
        anchored = true;
        anchorLatitude = latitude;
        anchorLongitude = longitude;
        if (time != MeasuringPass.NO_TIME) {
            anchorTime = time;
        }
        rejectedInARow = 0;
    }
}
