package org.restwise.store;

import org.restwise.core.access.AthleteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.journal.LoggedSession;

/**
 * A separate JVM that writes to a journal in a loop, for the crash and concurrency tests. Each
 * transaction stores {@link #SESSIONS_PER_WRITE} sessions and one check-in, then prints
 * {@code committed N}: anything printed must survive a kill.
 *
 * <p>Arguments: URL, writer number (stored as the sessions' RPE), number of writes (0 = forever).
 */
public final class JournalWriterProcess {

    static final int SESSIONS_PER_WRITE = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    private JournalWriterProcess() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int writer = Integer.parseInt(args[1]);
        int writes = Integer.parseInt(args[2]);
        JournalStore store = JournalStore.open(url);
        for (int n = 0; writes == 0 || n < writes; n++) {
            int write = n;
            store.write(j -> {
                for (int i = 0; i < SESSIONS_PER_WRITE; i++) {
                    j.athlete(AthleteId.OWN_RUNNER).sessions().add(session(writer, write));
                }
                j.athlete(AthleteId.OWN_RUNNER).checkIns().save(JournalStoreContract.fullCheckIn(FIRST_DAY.plusDays(write)), Decision.MOVE,
                        LimiterState.STALE_LEGS, List.of(), List.of(), "{\"writer\":" + writer + "}");
                return null;
            });
            System.out.println("committed " + write);
            System.out.flush();
        }
    }

    static LoggedSession session(int writer, int write) {
        return new LoggedSession(FIRST_DAY.plusDays(write), Optional.empty(), Optional.of(SessionType.EASY),
                1 + write, Optional.of(writer), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
