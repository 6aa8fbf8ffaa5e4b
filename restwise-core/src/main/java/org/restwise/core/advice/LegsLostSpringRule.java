package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.CLAUDINO_2017;

import java.util.Optional;
import org.restwise.core.body.normal.JumpCheck;

/**
 * A jump test well under its baseline: neuromuscular fatigue in the legs. It is not tissue damage
 * by itself (the article keeps REASSESS for sharp, local or one-sided pain, swelling, a changed
 * gait and symptoms that sharpen), so it calls for at least MOVE: no training session, and no
 * running or jumping, whose eccentric impact is the worst first choice for tired legs; walking,
 * cycling and swimming stay. Cites Claudino et al.: jump height tracks neuromuscular fatigue.
 */
final class LegsLostSpringRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        Optional<JumpCheck> jump = reading.body().legsLostSpring();
        if (jump.isEmpty()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.MOVE, Wording.capitalised(jump.get().words())
                        + ": your legs have not got their spring back. That is neuromuscular fatigue, not a sign of damage"
                        + " on its own, so easy non-impact movement is fine; no hard session, running or jumping until the"
                        + " jump is back near its baseline.")
                .avoid(Caution.Topic.EASY_JOGGING, "Running, jumps and speed work until your jump test is back near its baseline")
                .citing(CLAUDINO_2017)
                .build();
    }
}
