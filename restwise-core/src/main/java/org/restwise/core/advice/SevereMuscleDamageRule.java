package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.BARNETT_2006;
import static org.restwise.core.advice.Reference.DUPUY_2018;

import java.util.Optional;
import org.restwise.core.activity.SessionType;

/**
 * The days after an ultra: the first 72 h after any ultra, the whole week after a 100-mile race,
 * while muscle-damage markers are still far above normal.
 */
final class SevereMuscleDamageRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        boolean earlyAfterUltra = reading.inUltraWalkingOnlyWindow();
        boolean hundredMileWeek = reading.inHundredMileDamageWindow();
        if (!earlyAfterUltra && !hundredMileWeek) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, reason(reading, earlyAfterUltra))
                .naming(Scenario.SEVERE_MUSCLE_DAMAGE)
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.HYDRATION, Priority.REDUCED_LOAD)
                .avoid("Recovery jogs to feel productive: the muscles are still repairing whatever the legs say",
                        "Proving discipline with training in the first days after the race")
                .citing(DUPUY_2018, BARNETT_2006)
                .allowingShortWalks()
                .build();
    }

    private static String reason(Reading reading, boolean earlyAfterUltra) {
        String race = reading.lastSession() == SessionType.HUNDRED_MILE_RACE ? "a 100-mile race" : "an ultra";
        String when = reading.context().hoursSinceLastSession()
                .map(h -> Reading.hours(h) + " h ago").orElse("recently");
        String markers = reading.lastSession() == SessionType.HUNDRED_MILE_RACE
                ? " After 100-milers, blood markers of muscle damage such as CK stay raised for five days and more, and easy movement does not bring them down faster."
                : " Muscle damage after ultras outlasts the soreness you feel, and easy movement does not speed its repair.";
        String plan = earlyAfterUltra
                ? " For the first 72 h: sleep, food, fluids and short walks, nothing more."
                : " Keep to rest and short walks until the week is out.";
        return "You finished " + race + " " + when + "." + markers + plan;
    }
}
