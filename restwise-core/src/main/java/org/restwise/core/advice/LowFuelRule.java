package org.restwise.core.advice;

import static org.restwise.core.advice.Reference.VAN_HOOREN_PEAKE_2018;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unusual hunger with a flat, irritable or expensive-feeling body: the tank is low. Cites Van Hooren
 * and Peake, who found that easy exercise after a session can interfere with glycogen resynthesis.
 */
final class LowFuelRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        var s = reading.signals();
        List<String> companions = new ArrayList<>();
        if (s.lowMood()) {
            companions.add("low mood");
        }
        if (s.easyEffortFeelsExpensive()) {
            companions.add("easy effort feeling expensive");
        }
        if (s.irritability()) {
            companions.add("irritability");
        }
        if (!s.unusualHunger() || companions.isEmpty()) {
            return Optional.empty();
        }
        return Finding.calling(Decision.REST, "Unusual hunger together with " + Wording.list(companions)
                        + " suggests your glycogen stores are low. Even easy movement keeps burning the fuel you are trying to put back, so sitting still and eating refills faster.")
                .naming(Scenario.LOW_FUEL)
                .putFirst(Priority.FOOD, Priority.HYDRATION, Priority.SLEEP)
                .avoid(Caution.Topic.LONG_SESSION, "Long recovery sessions that keep draining fuel")
                .avoid("Skipping meals or going low-carbohydrate today")
                .thenAdvise("Eat a proper meal with plenty of carbohydrate soon, and keep eating regularly through the day.")
                .citing(VAN_HOOREN_PEAKE_2018)
                .allowingShortWalks()
                .build();
    }
}
