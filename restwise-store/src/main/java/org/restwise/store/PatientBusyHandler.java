package org.restwise.store;

import java.time.Duration;
import java.util.function.Supplier;
import org.sqlite.BusyHandler;

/**
 * What an SQLite connection does when another program holds the lock it needs: wait in short
 * steps, tell the writer once the wait is noticeable, give up at the writer's limit.
 *
 * <p>It replaces SQLite's own busy timeout, whose steps grow to 100 ms: a writer that commits in
 * batches and leaves a gap of {@link JournalStore#TURN_GAP} between them would otherwise be
 * missed by a waiter asleep for longer than the gap, and waiters would starve. The patience comes
 * from the thread doing the write ({@link #during}); a reader without one waits
 * {@link WritePatience#SERVER}'s limit, quietly.
 */
final class PatientBusyHandler extends BusyHandler {

    /** Shorter than half the turn gap, so a waiter always wakes inside it. */
    static final long POLL_MILLIS = 2;

    private static final ThreadLocal<WritePatience> WRITER = new ThreadLocal<>();

    private long waitingSince;
    private boolean said;

    /** Runs {@code write} with {@code patience} governing every wait for a lock on this thread. */
    static <T> T during(WritePatience patience, Supplier<T> write) {
        WritePatience outer = WRITER.get();
        WRITER.set(patience);
        try {
            return write.get();
        } finally {
            WRITER.set(outer);
        }
    }

    @Override
    protected int callback(int previousTries) {
        long now = System.nanoTime();
        if (previousTries == 0) {
            waitingSince = now;
            said = false;
        }
        WritePatience patience = WRITER.get() == null ? WritePatience.SERVER : WRITER.get();
        Duration waited = Duration.ofNanos(now - waitingSince);
        if (waited.compareTo(patience.limit()) >= 0) {
            return 0;
        }
        if (!said && waited.compareTo(WritePatience.NOTICEABLE) >= 0) {
            said = true;
            patience.onWaiting().run();
        }
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return 1;
    }
}
