package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.STANLEY_2013;

import java.util.Optional;
import org.restwise.core.checkin.TimeOfDay;

/**
 * Just before sleep the job is to quiet the nervous system, which stillness does better. Cites
 * Stanley, Peake and Buchheit on parasympathetic reactivation after exercise, the downshift that
 * continued movement delays.
 */
final class PreSleepDownshiftRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        if (reading.context().timeOfDay().orElse(TimeOfDay.MORNING) != TimeOfDay.BEFORE_SLEEP) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST,
                        "It is nearly bedtime: the most useful recovery now is letting the nervous system shift down, and even easy movement keeps it switched on.")
                .naming(Scenario.PRE_SLEEP_DOWNSHIFT)
                .putFirst(Priority.SLEEP, Priority.LOW_STIMULATION)
                .avoid(Caution.Topic.RECOVERY_AS_WORKOUT, "A late recovery session to \"flush the legs\" before bed")
                .avoid("Screens and bright light in the last hour before sleep")
                .thenAdvise("Dim the lights and head to bed.")
                .citing(STANLEY_2013)
                .build();
    }
}
