package org.restwise.core.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A note on one day of an athlete's journal: a coach's, or the athlete's reply. Plain text as its
 * author wrote it; every page escapes it.
 *
 * @param id the note's key
 * @param date the journal day it is about
 * @param authorAccountId who wrote it
 * @param authorEmail the writer's sign-in address, as the reader is shown it
 * @param body 1 to {@value #MAX_CHARS} characters
 * @param writtenAt when it was written
 */
public record DayNote(long id, LocalDate date, long authorAccountId, String authorEmail, String body, Instant writtenAt) {

    public static final int MAX_CHARS = 2000;

    public DayNote {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(authorEmail, "authorEmail");
        body = checkedBody(body);
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    /** The text trimmed, or an exception naming the field when it is empty or too long. */
    public static String checkedBody(String body) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("note: write something first");
        }
        if (trimmed.length() > MAX_CHARS) {
            throw new IllegalArgumentException("note: at most " + MAX_CHARS + " characters, got " + trimmed.length());
        }
        return trimmed;
    }
}
