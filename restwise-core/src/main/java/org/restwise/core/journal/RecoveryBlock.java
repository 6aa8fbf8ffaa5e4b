package org.restwise.core.journal;

import java.util.Objects;
import java.util.Optional;
import org.restwise.core.advice.Modality;

/**
 * How a recovery session went, in the runner's words. The two outcomes are optional: a runner who
 * did not notice should not be made to guess.
 *
 * @param modality how the runner moved
 * @param loosenedWithinTenMinutes whether the body opened up within the first ten minutes
 * @param leftFlatter whether the runner felt flatter afterwards than before
 * @param mediumWork why the session turned into medium work (longer or harder than a recovery dose,
 *     see {@link RecoveryDose}); empty while it stayed recovery
 */
public record RecoveryBlock(Modality modality, Optional<Boolean> loosenedWithinTenMinutes, Optional<Boolean> leftFlatter,
                            Optional<String> mediumWork) {

    public RecoveryBlock {
        if (modality == null) {
            throw new IllegalArgumentException("recovery.modality must be given");
        }
        Objects.requireNonNull(loosenedWithinTenMinutes, "loosenedWithinTenMinutes");
        Objects.requireNonNull(leftFlatter, "leftFlatter");
        Objects.requireNonNull(mediumWork, "mediumWork");
    }

    /** A recovery session that stayed recovery (or has not been checked yet). */
    public RecoveryBlock(Modality modality, Optional<Boolean> loosenedWithinTenMinutes, Optional<Boolean> leftFlatter) {
        this(modality, loosenedWithinTenMinutes, leftFlatter, Optional.empty());
    }

    public boolean didLeaveFlatter() {
        return leftFlatter.orElse(false);
    }

    public boolean turnedIntoMediumWork() {
        return mediumWork.isPresent();
    }

    /**
     * Whether this session counts for "recovery leaves you flatter": the runner felt flatter, or the
     * session was medium work, which leaves the body flatter whether or not the runner noticed.
     */
    public boolean countsAsLeftFlatter() {
        return didLeaveFlatter() || turnedIntoMediumWork();
    }

    public RecoveryBlock withMediumWork(Optional<String> reason) {
        return new RecoveryBlock(modality, loosenedWithinTenMinutes, leftFlatter, reason);
    }
}
