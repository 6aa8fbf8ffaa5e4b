package org.restwise.app.access;

/**
 * A request the access policy refused, in one line the asker may read. {@link Kind#NOT_FOUND} is
 * for something the asker may not know exists (another athlete's journal, another coach's squad):
 * the answer is the same as for an id nobody has, so ids cannot be probed.
 */
public final class AccessRefused extends RuntimeException {

    public enum Kind {
        /** There is nothing by that id that this asker may see. */
        NOT_FOUND,
        /** The asker is known, and their role does not allow this. */
        FORBIDDEN
    }

    private final Kind kind;

    AccessRefused(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static AccessRefused notFound(String what) {
        return new AccessRefused(Kind.NOT_FOUND, what + " not found");
    }

    public static AccessRefused forbidden(String why) {
        return new AccessRefused(Kind.FORBIDDEN, why);
    }

    public Kind kind() {
        return kind;
    }
}
