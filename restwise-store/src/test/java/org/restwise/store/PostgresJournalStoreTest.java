package org.restwise.store;

import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;

class PostgresJournalStoreTest extends JournalStoreContract {

    @Override
    String freshUrl() {
        return TestDatabases.postgres();
    }

    /**
     * PostgreSQL lets another transaction store the same date between the id asked for and the
     * insert; the row then keeps the other's id, and the output is made again for it.
     */
    @Test
    void aCheckInWhoseDateAnotherWriterStoredMeanwhileGetsItsOutputForTheIdTheRowKeeps() {
        JournalStore store = JournalStore.open(freshUrl());
        List<Long> asked = new ArrayList<>();
        long[] other = new long[1];

        long id = store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(fullCheckIn(DAY), Decision.MOVE, LimiterState.STALE_LEGS,
                List.of(), List.of(), forId -> {
                    if (asked.isEmpty()) {
                        other[0] = CompletableFuture.supplyAsync(() -> store.write(k -> k.athlete(AthleteId.OWN_RUNNER).checkIns().save(
                                fullCheckIn(DAY), Decision.REST, LimiterState.SYSTEMIC_FATIGUE, List.of(), List.of(),
                                "{}"))).join();
                    }
                    asked.add(forId);
                    return "{\"checkInId\":" + forId + "}";
                }));

        assertThat(id).isEqualTo(other[0]);
        assertThat(asked).hasSize(2).last().isEqualTo(id);
        SavedCheckIn saved = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().onDate(DAY)).orElseThrow();
        assertThat(saved.adviceJson()).isEqualTo("{\"checkInId\":" + id + "}");
        assertThat(saved.entry().decision()).isEqualTo(Decision.MOVE);
    }
}
