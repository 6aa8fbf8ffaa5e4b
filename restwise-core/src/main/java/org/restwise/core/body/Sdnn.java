package org.restwise.core.body;

/**
 * SDNN, the standard deviation of normal beat-to-beat intervals, as Apple Health and some apps give
 * it. Kept apart from rMSSD on purpose: the two are not interchangeable (SDNN reflects all sources of
 * variability over the recording, rMSSD the beat-to-beat, mostly vagal part), and passing one off as
 * the other is a known complaint about wellness apps.
 *
 * @param millis milliseconds, above 0 and at most 500
 */
public record Sdnn(double millis) {

    public Sdnn {
        if (!(millis > 0 && millis <= 500)) {
            throw new IllegalArgumentException("SDNN must be above 0 and at most 500 ms, got " + millis);
        }
    }
}
