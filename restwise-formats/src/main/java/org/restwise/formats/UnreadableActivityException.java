package org.restwise.formats;

/**
 * A file that cannot be read as an activity. {@link #reason()} is one plain sentence for a runner
 * ("The FIT file is truncated: it ends in the middle of a record."); the message adds the file.
 */
public final class UnreadableActivityException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public UnreadableActivityException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public UnreadableActivityException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The file (or archive entry) that could not be read. */
    public String source() {
        return source;
    }

    /** Why, as one sentence without the file name. */
    public String reason() {
        return reason;
    }
}
