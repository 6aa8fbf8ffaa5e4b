package org.restwise.store;

import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;

/**
 * Readers never fail because someone writes; a writer waits its turn, says so, and gives up in one
 * sentence only past its patience; a long write in turns commits group by group. One subclass per
 * database; the other program's write is a {@link ForeignWriteLock}.
 */
abstract class ContentionContract {

    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    /** Short, so that a reader that wrongly waited for the lock fails fast instead of hanging. */
    static final WritePatience IMPATIENT = WritePatience.quiet(Duration.ofSeconds(2));

    abstract String freshUrl();

    private static long saveCheckIn(JournalStore store, LocalDate date) {
        return store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(JournalStoreContract.fullCheckIn(date), Decision.MOVE,
                LimiterState.STALE_LEGS, List.of(), List.of(), "{}"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aJournalThatNeedsNoMigrationOpensAndReadsWhileAnotherProgramWrites() throws Exception {
        String url = freshUrl();
        saveCheckIn(JournalStore.open(url), DAY);

        try (ForeignWriteLock other = ForeignWriteLock.take(url)) {
            JournalStore reader = JournalStore.open(url, IMPATIENT);
            int stored = reader.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count());

            assertThat(stored).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWriterWaitsForAnotherProgramsWriteSaysSoAndThenWrites() throws Exception {
        String url = freshUrl();
        JournalStore.open(url);
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicInteger notices = new AtomicInteger();
        JournalStore writer = JournalStore.open(url, new WritePatience(Duration.ofSeconds(45), () -> {
            notices.incrementAndGet();
            waiting.countDown();
        }));

        CompletableFuture<Long> write;
        try (ForeignWriteLock other = ForeignWriteLock.take(url)) {
            write = CompletableFuture.supplyAsync(() -> saveCheckIn(writer, DAY));
            assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the writer said it waits").isTrue();
            assertThat(write).isNotDone();
        }

        assertThat(write.get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(notices).hasValue(1);
        Optional<SavedCheckIn> stored = writer.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().onDate(DAY));
        assertThat(stored).isPresent();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWriterPastItsPatienceFailsWithOneSentenceThatSaysTheJournalIsBusy() throws Exception {
        String url = freshUrl();
        JournalStore.open(url);
        JournalStore writer = JournalStore.open(url, WritePatience.quiet(Duration.ofSeconds(1)));

        try (ForeignWriteLock other = ForeignWriteLock.take(url)) {
            assertThatThrownBy(() -> saveCheckIn(writer, DAY))
                    .isInstanceOf(JournalBusyException.class)
                    .hasMessageContaining("is busy")
                    .hasMessageNotContaining("\n");
        }
        int stored = writer.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count());
        assertThat(stored).isZero();
    }

    @Test
    void aWriteInTurnsCommitsEachGroupWholeAndKeepsTheGroupsBeforeAFailure() {
        JournalStore store = JournalStore.open(freshUrl());
        List<LocalDate> days = IntStream.range(0, 10).mapToObj(DAY::minusDays).toList();

        assertThatThrownBy(() -> store.writeInTurns(days, 4, (journal, group) -> {
            for (LocalDate day : group) {
                if (day.equals(days.get(9))) {
                    throw new IllegalStateException("the tenth entry is refused");
                }
                journal.athlete(AthleteId.OWN_RUNNER).checkIns().save(JournalStoreContract.fullCheckIn(day), Decision.MOVE, LimiterState.STALE_LEGS,
                        List.of(), List.of(), "{}");
            }
        })).hasMessage("the tenth entry is refused");

        // Groups of four: the first two committed; the third (entries 9 and 10) stored nothing.
        int stored = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count());
        assertThat(stored).isEqualTo(8);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void manyThreadsCheckingInAtOnceAllSucceedAndEveryDateIsStoredOnce() throws Exception {
        JournalStore store = JournalStore.open(freshUrl());
        int threads = 16;
        int each = 25;

        List<CompletableFuture<Void>> writers = IntStream.range(0, threads)
                .mapToObj(t -> CompletableFuture.runAsync(() -> {
                    for (int n = 0; n < each; n++) {
                        // Every thread writes the same dates too: replacing a date under load must work.
                        saveCheckIn(store, DAY.minusDays(n));
                        saveCheckIn(store, DAY.minusDays(100 + t * each + n));
                    }
                }, java.util.concurrent.Executors.newSingleThreadExecutor()))
                .toList();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(100, TimeUnit.SECONDS);

        int stored = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count());
        assertThat(stored).isEqualTo(each + threads * each);
    }
}
