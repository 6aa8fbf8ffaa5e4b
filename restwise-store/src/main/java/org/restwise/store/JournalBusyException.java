package org.restwise.store;

/**
 * Another program held the journal's write lock for longer than this one was willing to wait. Not
 * the runner's mistake and not damage: trying again later works. One sentence, like its parent.
 */
public final class JournalBusyException extends JournalException {

    private static final long serialVersionUID = 1L;

    public JournalBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
