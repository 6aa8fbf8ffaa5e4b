package org.restwise.core.heartrate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The heart-rate figures a runner knows about themselves, and the ranges derived from them. All
 * beats are whole beats per minute, rounded half up ({@link Math#round(double)}).
 *
 * @param maxBpm maximum heart rate, {@value #MIN_MAX_BPM}–{@value #MAX_MAX_BPM}
 * @param restingBpm resting heart rate, below max, when known
 * @param thresholdBpm lactate-threshold heart rate, below max (and above resting), when known
 */
public record HeartRateProfile(int maxBpm, OptionalInt restingBpm, OptionalInt thresholdBpm) {

    /** Plausible bounds for adult runners; outside them the figure is a typo, not a heart. */
    public static final int MIN_MAX_BPM = 100;
    public static final int MAX_MAX_BPM = 240;
    public static final int MIN_RESTING_BPM = 25;

    /** The article's easy active-recovery range: 50–70 % of maximum heart rate. */
    public static final double EASY_RECOVERY_LOWER = 0.50;
    public static final double EASY_RECOVERY_UPPER = 0.70;

    /**
     * Immediate post-session clearance works best at about 80 % of lactate threshold (of speed or
     * workload in the studies); 80 % of threshold heart rate is the conservative stand-in DESIGN.md
     * chose when only the heart rate is known.
     */
    public static final double CLEARANCE_FRACTION_OF_THRESHOLD = 0.80;

    private static final double[] PERCENT_OF_MAX_EDGES = {0.50, 0.60, 0.70, 0.80, 0.90, 1.00};
    // Friel's running LTHR zones: 1 < 85 %, 2 85–89 %, 3 90–94 %, 4 95–99 %, 5a 100–102 %,
    // 5b 103–106 %, 5c > 106 %; written as shared edges.
    private static final String[] FRIEL_NAMES = {"1", "2", "3", "4", "5a", "5b", "5c"};
    private static final double[] FRIEL_EDGES = {Double.NaN, 0.85, 0.90, 0.95, 1.00, 1.03, 1.07, Double.NaN};

    public HeartRateProfile {
        if (maxBpm < MIN_MAX_BPM || maxBpm > MAX_MAX_BPM) {
            throw new IllegalArgumentException(
                    "maximum heart rate must be " + MIN_MAX_BPM + "–" + MAX_MAX_BPM + " bpm, got " + maxBpm);
        }
        if (restingBpm.isPresent()
                && (restingBpm.getAsInt() < MIN_RESTING_BPM || restingBpm.getAsInt() >= maxBpm)) {
            throw new IllegalArgumentException("resting heart rate must be " + MIN_RESTING_BPM
                    + " bpm or more and below the maximum (" + maxBpm + "), got " + restingBpm.getAsInt());
        }
        if (thresholdBpm.isPresent()) {
            int threshold = thresholdBpm.getAsInt();
            int floor = restingBpm.orElse(MIN_RESTING_BPM);
            if (threshold <= floor || threshold >= maxBpm) {
                throw new IllegalArgumentException("threshold heart rate must be above " + floor
                        + " and below the maximum (" + maxBpm + "), got " + threshold);
            }
        }
    }

    public static HeartRateProfile ofMax(int maxBpm) {
        return new HeartRateProfile(maxBpm, OptionalInt.empty(), OptionalInt.empty());
    }

    /** 50–70 % of maximum heart rate, in whole beats: 93–130 for a maximum of 185. */
    public BeatsRange easyRecovery() {
        return new BeatsRange(beats(EASY_RECOVERY_LOWER * maxBpm), beats(EASY_RECOVERY_UPPER * maxBpm));
    }

    /** About 80 % of threshold heart rate, for clearance right after a session; empty without a threshold. */
    public OptionalInt postSessionClearanceBpm() {
        return thresholdBpm.isPresent()
                ? OptionalInt.of(beats(CLEARANCE_FRACTION_OF_THRESHOLD * thresholdBpm.getAsInt()))
                : OptionalInt.empty();
    }

    /**
     * Every zone set the known figures allow: percent of max always, Karvonen with a resting heart
     * rate, Friel's threshold zones with a threshold heart rate; in that order.
     */
    public List<HeartRateZone> zones() {
        List<HeartRateZone> zones = new ArrayList<>(percentOfMaxZones());
        if (restingBpm.isPresent()) {
            zones.addAll(karvonenZones());
        }
        if (thresholdBpm.isPresent()) {
            zones.addAll(thresholdZones());
        }
        return List.copyOf(zones);
    }

    /** Zones 1–5 at 50–60–70–80–90–100 % of maximum. */
    public List<HeartRateZone> percentOfMaxZones() {
        return fiveBands(ZoneMethod.PERCENT_OF_MAX, 0, maxBpm);
    }

    /** Zones 1–5 at the same fractions of heart-rate reserve: resting + f × (max − resting). */
    public List<HeartRateZone> karvonenZones() {
        int resting = restingBpm.orElseThrow(() -> new IllegalStateException("Karvonen zones need a resting heart rate"));
        return fiveBands(ZoneMethod.KARVONEN, resting, maxBpm - resting);
    }

    /** Friel's seven running zones from lactate-threshold heart rate. */
    public List<HeartRateZone> thresholdZones() {
        int threshold = thresholdBpm.orElseThrow(() -> new IllegalStateException("threshold zones need a threshold heart rate"));
        List<HeartRateZone> zones = new ArrayList<>();
        for (int i = 0; i < FRIEL_NAMES.length; i++) {
            zones.add(new HeartRateZone(FRIEL_NAMES[i], ZoneMethod.LACTATE_THRESHOLD,
                    fraction(FRIEL_EDGES[i]), fraction(FRIEL_EDGES[i + 1]),
                    bpm(FRIEL_EDGES[i], 0, threshold), bpm(FRIEL_EDGES[i + 1], 0, threshold)));
        }
        return List.copyOf(zones);
    }

    private static List<HeartRateZone> fiveBands(ZoneMethod method, int base, int span) {
        List<HeartRateZone> zones = new ArrayList<>();
        for (int i = 0; i + 1 < PERCENT_OF_MAX_EDGES.length; i++) {
            double lower = PERCENT_OF_MAX_EDGES[i];
            double upper = PERCENT_OF_MAX_EDGES[i + 1];
            zones.add(new HeartRateZone(String.valueOf(i + 1), method, OptionalDouble.of(lower),
                    OptionalDouble.of(upper), bpm(lower, base, span), bpm(upper, base, span)));
        }
        return List.copyOf(zones);
    }

    private static OptionalDouble fraction(double edge) {
        return Double.isNaN(edge) ? OptionalDouble.empty() : OptionalDouble.of(edge);
    }

    private static OptionalInt bpm(double edge, int base, int span) {
        return Double.isNaN(edge) ? OptionalInt.empty() : OptionalInt.of(beats(base + edge * span));
    }

    private static int beats(double bpm) {
        return (int) Math.round(bpm);
    }
}
