package org.restwise.core.activity;

import java.util.ArrayDeque;

/**
 * Cuts one segment's accepted positions into stretches of at least the grade window and hands each
 * on with its climb, as soon as the smoothed elevations at both of its ends are known. A position's
 * elevation is the smoothed value of the last elevation sample at or before it (the first one for
 * positions before any), named by that sample's index {@code k}; the median smoother delivers it a
 * few samples later, so the few stretches waiting for it are queued, in order.
 */
final class GradeStretches {

    /** Receives the stretches in recording order. */
    interface Sink {
        void stretch(double meters, double climbMeters);
    }

    /**
     * Stretches waiting behind one whose end is not smoothed yet. Only a track whose positions run on
     * for kilometres without an elevation sample queues more than a handful; past this many, flat
     * stretches are merged (their sum then rounds slightly differently), so memory stays bounded.
     */
    static final int MAX_WAITING = 1024;

    private final double windowMeters;
    private Mark start;
    /** The last position since {@link #start}, overwritten at each one (so no object per point). */
    private final Mark last = new Mark(0, 0);
    private boolean anyLast;
    private final ArrayDeque<Stretch> waiting = new ArrayDeque<>();

    GradeStretches(double windowMeters) {
        this.windowMeters = windowMeters;
    }

    GradeStretches(GradeStretches other) {
        this.windowMeters = other.windowMeters;
        this.start = other.start == null ? null : new Mark(other.start);
        this.last.copy(other.last);
        this.anyLast = other.anyLast;
        for (Stretch s : other.waiting) {
            waiting.add(new Stretch(s));
        }
    }

    /** An accepted position {@code along} metres into the segment, whose elevation is sample {@code k}'s. */
    void position(double along, long k, Sink sink) {
        if (start == null) {
            start = new Mark(along, k);
            return;
        }
        last.set(along, k);
        anyLast = true;
        if (along - start.along >= windowMeters) {
            Mark end = new Mark(last);
            queue(new Stretch(along - start.along, start, end), sink);
            start = end;
            anyLast = false;
        }
    }

    /** The smoothed elevation of sample {@code k} is now known. */
    void smoothed(long k, double elevation, Sink sink) {
        if (start != null) {
            start.learn(k, elevation);
        }
        if (anyLast) {
            last.learn(k, elevation);
        }
        for (Stretch s : waiting) {
            s.from.learn(k, elevation);
            s.to.learn(k, elevation);
        }
        flush(sink);
    }

    /** The segment's last stretch, shorter than the window, from the last start to the last position. */
    void endOfPositions(Sink sink) {
        if (start != null && anyLast) {
            queue(new Stretch(last.along - start.along, start, new Mark(last)), sink);
        }
        start = null;
        anyLast = false;
    }

    /** Stretches queued, not yet handed on. */
    int waitingCount() {
        return waiting.size();
    }

    /** True once every stretch has been handed on. */
    boolean allDelivered() {
        return waiting.isEmpty();
    }

    private void queue(Stretch stretch, Sink sink) {
        Stretch tail = waiting.peekLast();
        if (waiting.size() >= MAX_WAITING && stretch.flat() && tail.flat()) {
            tail.meters += stretch.meters;
            return;
        }
        waiting.add(stretch);
        flush(sink);
    }

    private void flush(Sink sink) {
        while (!waiting.isEmpty() && waiting.peekFirst().known()) {
            Stretch s = waiting.pollFirst();
            // The same sample at both ends: its smoothed value minus itself, exactly 0, known or not.
            sink.stretch(s.meters, s.flat() ? 0.0 : s.to.elevation - s.from.elevation);
        }
    }

    /** A point of the stretch: how far along, and the elevation sample that stands for it. */
    private static final class Mark {
        double along;
        long k;
        double elevation;
        boolean known;

        Mark(double along, long k) {
            set(along, k);
        }

        Mark(Mark other) {
            copy(other);
        }

        void set(double along, long k) {
            this.along = along;
            this.k = k;
            this.known = false;
        }

        void copy(Mark other) {
            this.along = other.along;
            this.k = other.k;
            this.elevation = other.elevation;
            this.known = other.known;
        }

        void learn(long index, double value) {
            if (!known && index == k) {
                elevation = value;
                known = true;
            }
        }
    }

    private static final class Stretch {
        double meters;
        final Mark from;
        final Mark to;

        Stretch(double meters, Mark from, Mark to) {
            this.meters = meters;
            this.from = from;
            this.to = to;
        }

        Stretch(Stretch other) {
            this.meters = other.meters;
            this.from = new Mark(other.from);
            this.to = new Mark(other.to);
        }

        boolean flat() {
            return from.k == to.k;
        }

        boolean known() {
            return flat() || (from.known && to.known);
        }
    }
}
