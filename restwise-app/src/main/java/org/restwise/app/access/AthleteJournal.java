package org.restwise.app.access;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.restwise.core.access.AthleteId;
import org.restwise.store.AthleteRecords;
import org.restwise.store.JournalStore;

/**
 * One athlete's journal as the requester may use it, handed out by {@link Journals} only after
 * {@link AccessPolicy} allowed reading it. Writing is checked again on each write: a coach reads an
 * athlete's journal and never writes in it.
 */
public final class AthleteJournal {

    private final JournalStore store;
    private final Requester requester;
    private final AthleteId athlete;
    private final boolean writable;

    AthleteJournal(JournalStore store, Requester requester, AthleteId athlete, boolean writable) {
        this.store = store;
        this.requester = Objects.requireNonNull(requester, "requester");
        this.athlete = Objects.requireNonNull(athlete, "athlete");
        this.writable = writable;
    }

    public AthleteId athlete() {
        return athlete;
    }

    public Requester requester() {
        return requester;
    }

    /** True when the requester keeps this journal (and so may write in it). */
    public boolean isOwn() {
        return writable;
    }

    /** Where the journal lives, without credentials. */
    public String location() {
        return store.location();
    }

    public <T> T read(Function<AthleteRecords, T> work) {
        return store.read(journal -> work.apply(journal.athlete(athlete)));
    }

    /** One transaction, as {@link JournalStore#write}; refused unless the requester keeps this journal. */
    public <T> T write(Function<AthleteRecords, T> work) {
        checkWritable();
        return store.write(journal -> work.apply(journal.athlete(athlete)));
    }

    /** Groups of writes, as {@link JournalStore#writeInTurns}; refused unless the requester keeps this journal. */
    public <T> void writeInTurns(List<T> items, int perTransaction, BiConsumer<AthleteRecords, List<T>> work) {
        checkWritable();
        store.writeInTurns(items, perTransaction, (journal, group) -> work.accept(journal.athlete(athlete), group));
    }

    private void checkWritable() {
        if (!writable) {
            throw AccessRefused.forbidden("only the athlete writes in their journal; a coach can leave a note instead");
        }
    }
}
