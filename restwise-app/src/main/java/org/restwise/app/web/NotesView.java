package org.restwise.app.web;

import java.util.List;
import org.restwise.core.journal.DayNote;

/** The notes on an athlete's recent days, shown on their Today page, with a reply form. */
public record NotesView(long athlete, String today, List<DayNote> notes) {

    public NotesView {
        notes = List.copyOf(notes);
    }
}
