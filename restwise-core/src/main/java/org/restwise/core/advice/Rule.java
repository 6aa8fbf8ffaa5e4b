package org.restwise.core.advice;

import java.util.Optional;

/** One rule of the framework: looks at a reading and reports what it found, if anything. */
@FunctionalInterface
interface Rule {

    Optional<Finding> apply(Reading reading);
}
