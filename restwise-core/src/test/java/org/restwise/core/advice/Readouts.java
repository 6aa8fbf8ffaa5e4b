package org.restwise.core.advice;

import static org.restwise.core.advice.CheckIns.DAY;

import java.util.Optional;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.body.normal.HrvStatus;
import org.restwise.core.body.normal.HrvTrend;
import org.restwise.core.body.normal.JumpCheck;
import org.restwise.core.body.normal.JumpStatus;
import org.restwise.core.body.normal.NormalRange;
import org.restwise.core.body.normal.RestingHeartRateCheck;
import org.restwise.core.body.normal.RestingHeartRateStatus;
import org.restwise.core.body.normal.SleepCheck;
import org.restwise.core.body.normal.SleepStatus;
import org.restwise.core.body.normal.Spread;

/** Readable body readouts for tests on {@link CheckIns#DAY}: one verdict each, with its numbers. */
final class Readouts {

    static final NormalRange NORMAL = new NormalRange(3.80, 4.05, 60);

    private Readouts() {
    }

    static BodyReadout hrvBelowFor(int days, double weekMean) {
        return hrv(new HrvTrend(DAY, HrvStatus.BELOW, Optional.of(weekMean), 7, Optional.of(2.5), Optional.of(NORMAL),
                Optional.empty(), days));
    }

    static BodyReadout hrvAbove(double weekMean) {
        return hrv(new HrvTrend(DAY, HrvStatus.ABOVE, Optional.of(weekMean), 7, Optional.of(2.5), Optional.of(NORMAL),
                Optional.empty(), 0));
    }

    static BodyReadout hrvWithin() {
        return hrv(new HrvTrend(DAY, HrvStatus.WITHIN, Optional.of(3.92), 7, Optional.of(2.5), Optional.of(NORMAL),
                Optional.empty(), 0));
    }

    static BodyReadout hrv(HrvTrend trend) {
        return new BodyReadout(DAY, Optional.of(trend), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static BodyReadout restingHeartRate(double thisMorning, double average) {
        RestingHeartRateStatus status = thisMorning - average >= 5 ? RestingHeartRateStatus.WELL_ABOVE : RestingHeartRateStatus.USUAL;
        return new BodyReadout(DAY, Optional.empty(), Optional.of(new RestingHeartRateCheck(DAY, status, Optional.of(thisMorning),
                Optional.of(new Spread(40, average, 1.5)), Optional.empty())), Optional.empty(), Optional.empty());
    }

    static BodyReadout sleep(double lastNight, double average) {
        SleepStatus status = average - lastNight >= 1.5 || lastNight < 6 ? SleepStatus.SHORT : SleepStatus.USUAL;
        return new BodyReadout(DAY, Optional.empty(), Optional.empty(), Optional.of(new SleepCheck(DAY, status,
                Optional.of(lastNight), Optional.of(new Spread(25, average, 0.5)), Optional.empty())), Optional.empty());
    }

    static BodyReadout jump(double today, double baseline) {
        JumpStatus status = (baseline - today) / baseline >= 0.07 ? JumpStatus.NOT_RECOVERED : JumpStatus.RECOVERED;
        return new BodyReadout(DAY, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new JumpCheck(DAY, status,
                Optional.of(today), Optional.of(new Spread(6, baseline, 1.0)), Optional.empty())));
    }

    /** The verdicts of several readouts for the same day, together. */
    static BodyReadout together(BodyReadout... readouts) {
        BodyReadout all = BodyReadout.nothingOn(DAY);
        for (BodyReadout r : readouts) {
            all = new BodyReadout(DAY, r.hrv().or(all::hrv), r.restingHeartRate().or(all::restingHeartRate),
                    r.sleep().or(all::sleep), r.jump().or(all::jump));
        }
        return all;
    }
}
