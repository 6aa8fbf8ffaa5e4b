package org.restwise.core.advice;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.body.normal.HrvStatus;
import org.restwise.core.body.normal.HrvTrend;
import org.restwise.core.body.normal.JumpCheck;
import org.restwise.core.body.normal.JumpStatus;
import org.restwise.core.body.normal.RestingHeartRateCheck;
import org.restwise.core.body.normal.RestingHeartRateStatus;
import org.restwise.core.body.normal.SleepCheck;
import org.restwise.core.body.normal.SleepStatus;

/**
 * A day's body readout the way the rules need it: only the verdicts that call for more care, each
 * with the words a reason quotes. A readout that is absent, still learning or within normal shows
 * nothing here, so it can never loosen a decision: there is nothing in it for a rule to relax on.
 */
record BodyReading(Optional<BodyReadout> readout) {

    /** The signs of strain a readout can show; each counts as one systemic sign. */
    enum Sign {
        HRV_BELOW_NORMAL,
        RESTING_HEART_RATE_WELL_ABOVE,
        SHORT_SLEEP_FOR_YOU
    }

    /** The 7-day HRV below the runner's normal range. */
    Optional<HrvTrend> hrvBelowNormal() {
        return hrv().filter(t -> t.status() == HrvStatus.BELOW);
    }

    /** The 7-day HRV above the runner's normal range: not a sign of strain, but never one of readiness either. */
    Optional<HrvTrend> hrvAboveNormal() {
        return hrv().filter(t -> t.status() == HrvStatus.ABOVE);
    }

    Optional<RestingHeartRateCheck> restingHeartRateWellAbove() {
        return readout.flatMap(BodyReadout::restingHeartRate).filter(c -> c.status() == RestingHeartRateStatus.WELL_ABOVE);
    }

    Optional<SleepCheck> shortSleepForYou() {
        return readout.flatMap(BodyReadout::sleep).filter(c -> c.status() == SleepStatus.SHORT);
    }

    /** A jump test well under its baseline: neuromuscular fatigue in the legs. */
    Optional<JumpCheck> legsLostSpring() {
        return readout.flatMap(BodyReadout::jump).filter(c -> c.status() == JumpStatus.NOT_RECOVERED);
    }

    /** The signs of strain shown, in the words other rules' reasons quote. */
    Map<Sign, String> signs() {
        Map<Sign, String> signs = new EnumMap<>(Sign.class);
        hrvBelowNormal().ifPresent(t -> signs.put(Sign.HRV_BELOW_NORMAL,
                "a 7-day HRV below your normal range (" + t.figures() + ")"));
        restingHeartRateWellAbove().ifPresent(c -> signs.put(Sign.RESTING_HEART_RATE_WELL_ABOVE,
                "a resting heart rate " + Math.round(c.aboveBaselineBpm().orElseThrow()) + " bpm over your average"));
        shortSleepForYou().ifPresent(c -> signs.put(Sign.SHORT_SLEEP_FOR_YOU,
                "a short night for you (" + Reading.hours(Math.round(c.lastNightHours().orElseThrow() * 10) / 10.0) + " h)"));
        return signs;
    }

    /** The trend's words for a reason, with the abbreviation spelled out: "Your 7-day heart rate variability (HRV) …". */
    static String inFull(HrvTrend trend) {
        return Wording.capitalised(trend.words().replaceFirst("HRV", "heart rate variability (HRV)"));
    }

    private Optional<HrvTrend> hrv() {
        return readout.flatMap(BodyReadout::hrv);
    }
}
