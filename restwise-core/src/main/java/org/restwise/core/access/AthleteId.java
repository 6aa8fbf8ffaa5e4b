package org.restwise.core.access;

/**
 * The athlete whose journal a row belongs to. An id that arrives from outside (a URL, a form) is a
 * claim to check against who is asking, never a key to use as it came.
 *
 * @param value positive
 */
public record AthleteId(long value) {

    /** The journal's own runner: whom a command line, or a login-free server on loopback, writes for. */
    public static final AthleteId OWN_RUNNER = new AthleteId(1);

    public AthleteId {
        if (value <= 0) {
            throw new IllegalArgumentException("athlete id must be positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
