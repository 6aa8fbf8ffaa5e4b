package org.restwise.core.activity;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The samples of one segment stored as columns of primitives: about 50 bytes a point instead of a
 * {@link Sample} with six {@code Optional}s and their boxed values (several hundred bytes and a
 * dozen objects), which a 50 MB track multiplies by 150 000. Immutable. Seen from outside it is
 * the same {@code List<Sample>}, each sample built when asked for; {@link ActivityMeasurer} reads
 * the columns directly, a chunk of a segment at a time. Inside, absence is a sentinel (NaN,
 * {@link #NO_SECONDS}, 0 or -1) that never leaves this package.
 */
public final class SampleColumns extends AbstractList<Sample> implements RandomAccess {

    static final long NO_SECONDS = Long.MIN_VALUE;

    private final int size;
    private final long[] epochSeconds;
    private final int[] nanos;
    private final double[] latitudes;
    private final double[] longitudes;
    private final double[] elevations;
    private final int[] heartRates;
    private final int[] cadences;
    private final double[] deviceDistances;

    private SampleColumns(Builder b) {
        size = b.size;
        epochSeconds = Arrays.copyOf(b.epochSeconds, size);
        nanos = Arrays.copyOf(b.nanos, size);
        latitudes = Arrays.copyOf(b.latitudes, size);
        longitudes = Arrays.copyOf(b.longitudes, size);
        elevations = Arrays.copyOf(b.elevations, size);
        heartRates = Arrays.copyOf(b.heartRates, size);
        cadences = Arrays.copyOf(b.cadences, size);
        deviceDistances = Arrays.copyOf(b.deviceDistances, size);
    }

    private SampleColumns(int size, long[] epochSeconds, int[] nanos, double[] latitudes, double[] longitudes,
                          double[] elevations, int[] heartRates, int[] cadences, double[] deviceDistances) {
        this.size = size;
        this.epochSeconds = epochSeconds;
        this.nanos = nanos;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.elevations = elevations;
        this.heartRates = heartRates;
        this.cadences = cadences;
        this.deviceDistances = deviceDistances;
    }

    /** The chunks one after the other, as one list (the chunk itself when there is one). */
    static SampleColumns concat(List<SampleColumns> chunks) {
        if (chunks.size() == 1) {
            return chunks.get(0);
        }
        int total = chunks.stream().mapToInt(SampleColumns::size).sum();
        SampleColumns joined = new SampleColumns(total, new long[total], new int[total], new double[total],
                new double[total], new double[total], new int[total], new int[total], new double[total]);
        int at = 0;
        for (SampleColumns c : chunks) {
            System.arraycopy(c.epochSeconds, 0, joined.epochSeconds, at, c.size);
            System.arraycopy(c.nanos, 0, joined.nanos, at, c.size);
            System.arraycopy(c.latitudes, 0, joined.latitudes, at, c.size);
            System.arraycopy(c.longitudes, 0, joined.longitudes, at, c.size);
            System.arraycopy(c.elevations, 0, joined.elevations, at, c.size);
            System.arraycopy(c.heartRates, 0, joined.heartRates, at, c.size);
            System.arraycopy(c.cadences, 0, joined.cadences, at, c.size);
            System.arraycopy(c.deviceDistances, 0, joined.deviceDistances, at, c.size);
            at += c.size;
        }
        return joined;
    }

    /** The given samples as columns (the same object if they already are). */
    public static SampleColumns of(List<Sample> samples) {
        if (samples instanceof SampleColumns columns) {
            return columns;
        }
        Builder builder = new Builder();
        for (Sample sample : samples) {
            builder.add(sample);
        }
        return builder.build();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Sample get(int i) {
        return new Sample(time(i), position(i), elevation(i),
                heartRates[checked(i)] == 0 ? Optional.empty() : Optional.of(heartRates[i]),
                cadences[i] < 0 ? Optional.empty() : Optional.of(cadences[i]),
                Double.isNaN(deviceDistances[i]) ? Optional.empty() : Optional.of(deviceDistances[i]));
    }

    private int checked(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("sample " + i + " of " + size);
        }
        return i;
    }

    private Optional<Instant> time(int i) {
        long seconds = epochSeconds[checked(i)];
        return seconds == NO_SECONDS ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds, nanos[i]));
    }

    private Optional<Position> position(int i) {
        return Double.isNaN(latitudes[i]) ? Optional.empty() : Optional.of(new Position(latitudes[i], longitudes[i]));
    }

    private Optional<Double> elevation(int i) {
        return Double.isNaN(elevations[i]) ? Optional.empty() : Optional.of(elevations[i]);
    }

    // ---- the columns, for the analyzer

    boolean hasTime(int i) {
        return epochSeconds[i] != NO_SECONDS;
    }

    /** As {@link Instant#toEpochMilli()} of the sample's time; only where {@link #hasTime}. */
    long epochMillis(int i) {
        return Math.addExact(Math.multiplyExact(epochSeconds[i], 1000L), nanos[i] / 1_000_000);
    }

    boolean hasPosition(int i) {
        return !Double.isNaN(latitudes[i]);
    }

    double latitude(int i) {
        return latitudes[i];
    }

    double longitude(int i) {
        return longitudes[i];
    }

    /** Metres, or NaN where the sample has none. */
    double elevationOrNaN(int i) {
        return elevations[i];
    }

    /** Beats per minute, or 0 where the sample has none. */
    int heartRateOrZero(int i) {
        return heartRates[i];
    }

    /** Metres, or NaN where the sample has none. */
    double deviceDistanceOrNaN(int i) {
        return deviceDistances[i];
    }

    /**
     * Collects samples one point at a time without building a {@link Sample} for each: set what
     * the point has, then {@link #addPoint()}. Values are checked as {@link Sample} checks them.
     */
    public static final class Builder {
        private int size;
        private long[] epochSeconds = new long[64];
        private int[] nanos = new int[64];
        private double[] latitudes = new double[64];
        private double[] longitudes = new double[64];
        private double[] elevations = new double[64];
        private int[] heartRates = new int[64];
        private int[] cadences = new int[64];
        private double[] deviceDistances = new double[64];

        public Builder() {
            clearPoint();
        }

        public Builder time(Instant time) {
            epochSeconds[size] = time.getEpochSecond();
            nanos[size] = time.getNano();
            return this;
        }

        public Builder position(double latitudeDegrees, double longitudeDegrees) {
            Position.requireValid(latitudeDegrees, longitudeDegrees);
            latitudes[size] = latitudeDegrees;
            longitudes[size] = longitudeDegrees;
            return this;
        }

        public Builder elevationMeters(double meters) {
            Sample.requireValidElevation(meters);
            elevations[size] = meters;
            return this;
        }

        public Builder heartRateBpm(int bpm) {
            Sample.requireValidHeartRate(bpm);
            heartRates[size] = bpm;
            return this;
        }

        public Builder cadencePerMinute(int perMinute) {
            Sample.requireValidCadence(perMinute);
            cadences[size] = perMinute;
            return this;
        }

        public Builder deviceDistanceMeters(double meters) {
            Sample.requireValidDeviceDistance(meters);
            deviceDistances[size] = meters;
            return this;
        }

        /** Ends the point being set and starts the next, empty one. */
        public Builder addPoint() {
            size++;
            if (size == epochSeconds.length) {
                grow();
            }
            clearPoint();
            return this;
        }

        public Builder add(Sample sample) {
            sample.time().ifPresent(this::time);
            sample.position().ifPresent(p -> position(p.latitudeDegrees(), p.longitudeDegrees()));
            sample.elevationMeters().ifPresent(this::elevationMeters);
            sample.heartRateBpm().ifPresent(this::heartRateBpm);
            sample.cadencePerMinute().ifPresent(this::cadencePerMinute);
            sample.deviceDistanceMeters().ifPresent(this::deviceDistanceMeters);
            return addPoint();
        }

        /** Points added so far. */
        public int size() {
            return size;
        }

        public boolean isEmpty() {
            return size == 0;
        }

        /** Forgets every point, keeping the arrays for the next ones. */
        public void clear() {
            size = 0;
            clearPoint();
        }

        /** The points added so far; a point being set but not added is left out. */
        public SampleColumns build() {
            return new SampleColumns(this);
        }

        private void clearPoint() {
            epochSeconds[size] = NO_SECONDS;
            nanos[size] = 0;
            latitudes[size] = Double.NaN;
            longitudes[size] = Double.NaN;
            elevations[size] = Double.NaN;
            heartRates[size] = 0;
            cadences[size] = -1;
            deviceDistances[size] = Double.NaN;
        }

        private void grow() {
            int capacity = epochSeconds.length * 2;
            epochSeconds = Arrays.copyOf(epochSeconds, capacity);
            nanos = Arrays.copyOf(nanos, capacity);
            latitudes = Arrays.copyOf(latitudes, capacity);
            longitudes = Arrays.copyOf(longitudes, capacity);
            elevations = Arrays.copyOf(elevations, capacity);
            heartRates = Arrays.copyOf(heartRates, capacity);
            cadences = Arrays.copyOf(cadences, capacity);
            deviceDistances = Arrays.copyOf(deviceDistances, capacity);
        }
    }
}
