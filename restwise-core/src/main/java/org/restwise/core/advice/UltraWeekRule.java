package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.VAN_HOOREN_PEAKE_2018;

import java.util.Optional;

/**
 * After the first 72 h of an ultra and before the week is out, even a body that feels fine does
 * not go back to running: non-impact movement only. Cites Van Hooren and Peake: muscle-damage
 * markers recover on their own timeline, which feeling better does not shorten.
 */
final class UltraWeekRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (!reading.inUltraWeek() || reading.inUltraWalkingOnlyWindow()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.MOVE,
                        "Your ultra was less than a week ago: muscle damage outlasts the soreness, so this week's movement stays non-impact, and running waits.")
                .avoid(Caution.Topic.EASY_JOGGING, "Easy jogging before the race is a week behind you: walk, spin or swim instead")
                .citing(VAN_HOOREN_PEAKE_2018)
                .build();
    }
}
