package org.restwise.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a write waits for another program's write to finish before it gives up with a
 * {@link JournalBusyException}, and what it does once it has waited long enough to be noticed
 * (a command says so on the terminal; a server stays quiet).
 *
 * @param limit the longest wait for the write lock, positive
 * @param onWaiting run when a wait passes {@link #NOTICEABLE} (on the writing thread for SQLite, on a
 *     watching thread for PostgreSQL); may run more than once per process, so a notice that must
 *     appear once deduplicates itself
 */
public record WritePatience(Duration limit, Runnable onWaiting) {

    /** Shorter waits go unmentioned: a check-in waiting behind another for a few milliseconds is normal. */
    public static final Duration NOTICEABLE = Duration.ofSeconds(1);

    /** A server's requests: half a minute behind someone else's write is already long for a browser. */
    public static final WritePatience SERVER = quiet(Duration.ofSeconds(30));

    public WritePatience {
        Objects.requireNonNull(onWaiting, "onWaiting");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the wait limit must be positive, got " + limit);
        }
    }

    public static WritePatience quiet(Duration limit) {
        return new WritePatience(limit, () -> { });
    }
}
