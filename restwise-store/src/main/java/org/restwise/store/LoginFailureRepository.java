package org.restwise.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/** Failed sign-ins per account and per address, counted over a window to slow down guessing. */
public final class LoginFailureRepository {

    private final Handle handle;

    LoginFailureRepository(Handle handle) {
        this.handle = handle;
    }

    public void record(String key, Instant now) {
        handle.createUpdate("INSERT INTO login_failure (throttle_key, failed_at) VALUES (:key, :now)")
                .bind("key", key).bind("now", now.toEpochMilli()).execute();
    }

    public int since(String key, Instant since) {
        return handle.createQuery("SELECT COUNT(*) FROM login_failure WHERE throttle_key = :key AND failed_at >= :since")
                .bind("key", key).bind("since", since.toEpochMilli()).mapTo(Integer.class).one();
    }

    public void clear(String key) {
        handle.createUpdate("DELETE FROM login_failure WHERE throttle_key = :key").bind("key", key).execute();
    }

    public void forgetBefore(Instant before) {
        handle.createUpdate("DELETE FROM login_failure WHERE failed_at < :before").bind("before", before.toEpochMilli()).execute();
    }
}
