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
 */
public record RecoveryBlock(Modality modality, Optional<Boolean> loosenedWithinTenMinutes, Optional<Boolean> leftFlatter) {

    public RecoveryBlock {
        if (modality == null) {
            throw new IllegalArgumentException("recovery.modality must be given");
        }
        Objects.requireNonNull(loosenedWithinTenMinutes, "loosenedWithinTenMinutes");
        Objects.requireNonNull(leftFlatter, "leftFlatter");
    }

    public boolean didLeaveFlatter() {
        return leftFlatter.orElse(false);
    }
}
