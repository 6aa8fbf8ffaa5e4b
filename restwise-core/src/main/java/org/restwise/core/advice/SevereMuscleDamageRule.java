package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.VAN_HOOREN_PEAKE_2018;

import java.util.Optional;
import org.restwise.core.activity.SessionType;

/**
 * The days after an ultra: the first 72 h after any ultra, the whole week after a 100-mile race,
 * while muscle-damage markers are still far above normal. Cites Van Hooren and Peake: easy movement
 * after exercise mostly does not speed the recovery of muscle-damage markers.
 */
final class SevereMuscleDamageRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        boolean earlyAfterUltra = reading.inUltraWalkingOnlyWindow();
        boolean hundredMileWeek = reading.inHundredMileDamageWindow();
        if (!earlyAfterUltra && !hundredMileWeek) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, reason(reading))
                .naming(Scenario.SEVERE_MUSCLE_DAMAGE)
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION, Priority.REDUCED_LOAD)
                .avoid(Caution.Topic.EASY_JOGGING, "Recovery jogs to feel productive: the muscles are still repairing whatever the legs say")
                .avoid("Proving discipline with training in the first days after the race")
                .thenAdvise(nextStep(reading))
                .citing(VAN_HOOREN_PEAKE_2018)
                .allowingShortWalks()
                .build();
    }

    private static String nextStep(Reading reading) {
        return reading.lastSession() == SessionType.HUNDRED_MILE_RACE
                ? "Keep to rest until the race is a full week behind you; then non-impact cross-training"
                        + " (cycling, swimming) can come back, and running once soreness has settled and no red flag remains."
                : "Once the first 72 hours are behind you and the body no longer feels wrecked all over, non-impact"
                        + " cross-training (cycling, swimming) can come back; running waits until the race is a week behind"
                        + " you, soreness has settled and no red flag remains.";
    }

    private static String reason(Reading reading) {
        boolean hundredMiles = reading.lastSession() == SessionType.HUNDRED_MILE_RACE;
        String race = hundredMiles ? "a 100-mile race" : "an ultra";
        String when = reading.context().hoursSinceLastSession()
                .map(h -> Reading.hours(h) + " h ago").orElse("recently");
        String markers = hundredMiles
                ? " After 100-milers, blood markers of muscle damage such as creatine kinase stay raised for five days and more, and easy movement does not bring them down faster."
                : " Muscle damage after ultras outlasts the soreness you feel, and easy movement does not speed its repair.";
        String window = hundredMiles
                ? " The whole organism needs the first week to settle."
                : " The first 72 h belong to sleep, food and fluids.";
        return "You finished " + race + " " + when + "." + markers + window;
    }
}
