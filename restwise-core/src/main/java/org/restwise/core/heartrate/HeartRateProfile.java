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
    public static final int EASY_RECOVERY_LOWER_PERCENT = 50;
    public static final int EASY_RECOVERY_UPPER_PERCENT = 70;

    /**
     * Immediate post-session clearance works best at about 80 % of lactate threshold (of speed or
     * workload in the studies); 80 % of threshold heart rate is the conservative stand-in DESIGN.md
     * chose when only the heart rate is known.
     */
    public static final int CLEARANCE_PERCENT_OF_THRESHOLD = 80;

    /** Marks an open edge (no bound) in the percentage tables. */
    private static final int OPEN = -1;

    // Percentages kept as whole numbers so that products like 185 × 70 / 100 = 129.5 are exact and
    // round half up as a runner would by hand; 0.7 × 185 in binary could land a hair below.
    private static final int[] FIVE_BAND_PERCENT_EDGES = {50, 60, 70, 80, 90, 100};
    // Friel's running LTHR zones: 1 < 85 %, 2 85–89 %, 3 90–94 %, 4 95–99 %, 5a 100–102 %,
    // 5b 103–106 %, 5c > 106 %; written as shared edges.
    private static final String[] FRIEL_NAMES = {"1", "2", "3", "4", "5a", "5b", "5c"};
    private static final int[] FRIEL_PERCENT_EDGES = {OPEN, 85, 90, 95, 100, 103, 107, OPEN};

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
        return new BeatsRange(percentOf(EASY_RECOVERY_LOWER_PERCENT, maxBpm), percentOf(EASY_RECOVERY_UPPER_PERCENT, maxBpm));
    }

    /** About 80 % of threshold heart rate, for clearance right after a session; empty without a threshold. */
    public OptionalInt postSessionClearanceBpm() {
        return thresholdBpm.isPresent()
                ? OptionalInt.of(percentOf(CLEARANCE_PERCENT_OF_THRESHOLD, thresholdBpm.getAsInt()))
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
                    fraction(FRIEL_PERCENT_EDGES[i]), fraction(FRIEL_PERCENT_EDGES[i + 1]),
                    bpm(FRIEL_PERCENT_EDGES[i], 0, threshold), bpm(FRIEL_PERCENT_EDGES[i + 1], 0, threshold)));
        }
        return List.copyOf(zones);
    }

    private static List<HeartRateZone> fiveBands(ZoneMethod method, int base, int span) {
        List<HeartRateZone> zones = new ArrayList<>();
        for (int i = 0; i + 1 < FIVE_BAND_PERCENT_EDGES.length; i++) {
            int lower = FIVE_BAND_PERCENT_EDGES[i];
            int upper = FIVE_BAND_PERCENT_EDGES[i + 1];
            zones.add(new HeartRateZone(String.valueOf(i + 1), method, fraction(lower), fraction(upper),
                    bpm(lower, base, span), bpm(upper, base, span)));
        }
        return List.copyOf(zones);
    }

    private static OptionalDouble fraction(int percentEdge) {
        return percentEdge == OPEN ? OptionalDouble.empty() : OptionalDouble.of(percentEdge / 100.0);
    }

    private static OptionalInt bpm(int percentEdge, int base, int span) {
        return percentEdge == OPEN ? OptionalInt.empty() : OptionalInt.of(base + percentOf(percentEdge, span));
    }

    /** {@code percent} % of {@code bpm}, in whole beats rounded half up. */
    private static int percentOf(int percent, int bpm) {
        return (int) Math.round(percent * bpm / 100.0);
    }
}
