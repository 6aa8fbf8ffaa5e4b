package org.restwise.core.advice;

import java.util.List;

/** A prescription with the sentences that explain its limits and the sources behind them. */
record Dose(Prescription prescription, List<String> notes, List<Reference> evidence) {

    Dose {
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
    }
}
