package org.restwise.core.advice;

import static org.restwise.core.advice.AdviceThresholds.HRV_DAYS_BELOW_FOR_REST;
import static org.restwise.core.advice.AdviceThresholds.SYSTEMIC_SIGNS_WITH_A_BODY_SIGN_FOR_REST;
import static org.restwise.core.advice.Reference.BUCHHEIT_2014;
import static org.restwise.core.advice.Reference.PLEWS_2012;
import static org.restwise.core.advice.Reference.PLEWS_2014;

import java.util.List;
import java.util.Optional;
import org.restwise.core.body.normal.HrvTrend;

/**
 * The 7-day HRV below the runner's own normal range: a systemic sign. For
 * {@link AdviceThresholds#HRV_DAYS_BELOW_FOR_REST} days or more, or with another sign of strain, it
 * calls for rest; a day or two on its own keeps the day easy (no TRAIN). Cites Plews et al. 2012
 * (the 7-day mean fell on the way to overreaching), Plews et al. 2014 (three mornings a week make a
 * valid mean) and Buchheit 2014 (read a change against the smallest worthwhile one).
 */
final class SuppressedHrvRule implements Rule {

    @Override
    public Optional<Finding> apply(Reading reading) {
        Optional<HrvTrend> below = reading.body().hrvBelowNormal();
        if (below.isEmpty()) {
            return Optional.empty();
        }
        HrvTrend trend = below.get();
        List<String> others = reading.systemicSignsBesides(BodyReading.Sign.HRV_BELOW_NORMAL);
        String seen = BodyReading.inFull(trend) + ".";
        boolean lasting = trend.daysBelow() >= HRV_DAYS_BELOW_FOR_REST;
        if (!lasting && others.size() + 1 < SYSTEMIC_SIGNS_WITH_A_BODY_SIGN_FOR_REST) {
            return Finding.calling(Decision.MOVE, seen + " A day or two under your range can be noise, so on its own"
                            + " this only keeps today easy: no hard or long session.")
                    .avoid("A hard or long session while your HRV sits under its normal range")
                    .citing(PLEWS_2012, BUCHHEIT_2014)
                    .build();
        }
        String why = lasting
                ? " A dip that lasts is how a system falling behind its load tends to show, often before performance drops."
                : " Together with " + Wording.list(others) + ", that points to a system short of recovery.";
        return Finding.calling(Decision.REST, seen + why + " Stillness, sleep and food do more today than any session.")
                .putFirst(Priority.SLEEP, Priority.FOOD, Priority.LOW_STIMULATION, Priority.REDUCED_LOAD)
                .avoid("Hard or long sessions until your 7-day HRV is back in its range")
                .thenAdvise("Keep measuring each morning: once your 7-day HRV is back in its normal range, training can build again.")
                .citing(PLEWS_2012, PLEWS_2014, BUCHHEIT_2014)
                .allowingShortWalks()
                .build();
    }
}
