package org.restwise.core.journal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.restwise.core.checkin.CheckIn;

/**
 * A check-in completed from the profile and the journal, with the provenance of every value that
 * could have come from either.
 *
 * @param checkIn what the engine should advise on
 * @param context per context field (named as in the contract), where its value came from
 * @param athlete per athlete field, where its value came from
 * @param signals per signal the journal changed, why; empty when it changed none
 */
public record DerivedCheckIn(
        CheckIn checkIn, Map<String, Provenance> context, Map<String, Provenance> athlete, Map<String, Provenance> signals) {

    public DerivedCheckIn {
        Objects.requireNonNull(checkIn, "checkIn");
        // Insertion order is the contract's field order, so keep it rather than copy into Map.of.
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        athlete = Collections.unmodifiableMap(new LinkedHashMap<>(athlete));
        signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
    }
}
