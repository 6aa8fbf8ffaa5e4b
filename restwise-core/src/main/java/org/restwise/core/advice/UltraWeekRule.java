package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.DUPUY_2018;

import java.util.Optional;

/**
 * After the first 72 h of an ultra and before the week is out, even a body that feels fine does
 * not go back to running: non-impact movement only.
 */
final class UltraWeekRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.inUltraWeek() || reading.inUltraWalkingOnlyWindow()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.MOVE,
                        "Your ultra was less than a week ago: muscle damage outlasts the soreness, so this week's movement stays non-impact, and running waits.")
                .avoid("Easy jogging before the week after the race is out")
                .citing(DUPUY_2018)
                .build();
    }
}
