package org.restwise.store;

/** The journal cannot be opened or used; the message is one sentence a runner can act on. */
public class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
