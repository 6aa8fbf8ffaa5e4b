package org.restwise.formats.wellness;

/**
 * A file that gives no wellness readings. {@link #reason()} is one plain sentence for a runner, in
 * our own words; the message adds the file.
 */
public final class UnreadableWellnessException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public UnreadableWellnessException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public UnreadableWellnessException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The file that could not be read. */
    public String source() {
        return source;
    }

    /** Why, as one sentence without the file name. */
    public String reason() {
        return reason;
    }
}
