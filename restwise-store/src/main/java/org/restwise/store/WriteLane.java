package org.restwise.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lane SQLite writes of this process take, in arrival order. SQLite lets one writer in at
 * a time and hands the lock to whichever waiter happens to poll first; sixteen web requests
 * polling for it starve each other into seconds-long tails. Queued here, fairly, only one of them
 * ever waits on SQLite, and only for another process. PostgreSQL queues writers itself and takes
 * no lane.
 */
final class WriteLane {

    private final ReentrantLock lock;

    private WriteLane(ReentrantLock lock) {
        this.lock = lock;
    }

    static WriteLane fair() {
        return new WriteLane(new ReentrantLock(true));
    }

    static WriteLane none() {
        return new WriteLane(null);
    }

    /** Runs {@code write} in the lane, waiting at most {@code patience} for its turn. */
    <T> T run(Duration patience, java.util.function.Supplier<T> write, String location) {
        if (lock == null) {
            return write.get();
        }
        try {
            if (!lock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new JournalBusyException("the journal at " + location + " is busy: other writes in this program"
                        + " have taken longer than " + patience.toSeconds() + " s; try again", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalBusyException("interrupted while waiting to write to the journal at " + location, e);
        }
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }
}
