package org.restwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * PostgreSQL queues a writer behind another transaction's lock without a word; SQLite's busy
 * handler at least calls back. Once a write has run for {@link WritePatience#NOTICEABLE}, this asks
 * the server, on another connection, whether the writer's backend is waiting for a lock, and if so
 * runs the patience's notice (on the watch's thread).
 */
final class PostgresLockWatch {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private PostgresLockWatch() {
    }

    static <T> T during(Connection writer, DataSource others, WritePatience patience, Supplier<T> write) {
        int backend;
        try {
            backend = writer.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return write.get(); // not a PostgreSQL connection after all: nothing to watch
        }
        AtomicBoolean said = new AtomicBoolean();
        long every = WritePatience.NOTICEABLE.toMillis();
        ScheduledFuture<?> watch = TIMER.scheduleWithFixedDelay(() -> {
            if (!said.get() && waitsForALock(others, backend)) {
                said.set(true);
                patience.onWaiting().run();
            }
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            return write.get();
        } finally {
            watch.cancel(false);
        }
    }

    private static boolean waitsForALock(DataSource others, int backend) {
        try (Connection c = others.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = ? AND NOT granted)")) {
            query.setInt(1, backend);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            return false; // the notice is a courtesy: failing to look is no reason to disturb the write
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("restwise-lock-watch");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
