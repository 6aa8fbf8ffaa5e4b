package org.restwise.core.journal;

import java.util.List;

/**
 * What the journal holds around a check-in: earlier check-ins (as reported) and logged sessions, in
 * any order. The derivation picks what is relevant to the day it is asked about.
 */
public record JournalHistory(List<org.restwise.core.checkin.CheckIn> checkIns, List<LoggedSession> sessions) {

    public static final JournalHistory EMPTY = new JournalHistory(List.of(), List.of());

    public JournalHistory {
        checkIns = List.copyOf(checkIns);
        sessions = List.copyOf(sessions);
    }
}
