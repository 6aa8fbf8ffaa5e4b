package org.restwise.core.checkin;

import java.util.Optional;

/**
 * How the body feels today, in the runner's own report.
 *
 * @param soreness muscle soreness, 0 (none) to 10 (worst imaginable)
 * @param puffyLegs both legs feel puffy or slightly swollen all over, the congestion movement clears
 * @param swelling swelling in one place (a joint, a tendon, one calf or ankle): a sign of damage
 * @param sleepHours hours slept last night, when the runner knows
 * @param shortSleepNights recent nights that were too short
 */
public record Signals(
        int soreness,
        boolean heavyLegs,
        boolean stiffness,
        boolean puffyLegs,
        boolean swelling,
        boolean sharpPain,
        boolean oneSidedPain,
        boolean alteredGait,
        boolean symptomsWorsening,
        Optional<Double> sleepHours,
        int shortSleepNights,
        boolean lowMood,
        boolean unusualHunger,
        boolean easyEffortFeelsExpensive,
        boolean irritability,
        boolean lowMotivation,
        boolean ill,
        boolean urgeToEarnRecovery,
        TenMinuteTest tenMinuteTest) {

    public static final Signals NONE = builder().build();

    public Signals {
        Range.check("signals.soreness", soreness, Range.SORENESS_SCALE);
        Range.check("signals.sleepHours", sleepHours, Range.HOURS_OF_SLEEP);
        Range.check("signals.shortSleepNights", shortSleepNights, Range.NIGHTS);
        if (tenMinuteTest == null) {
            throw new IllegalArgumentException("signals.tenMinuteTest must be given");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds signals field by field; everything left out means "not reported". */
    public static final class Builder {
        private int soreness;
        private boolean heavyLegs;
        private boolean stiffness;
        private boolean puffyLegs;
        private boolean swelling;
        private boolean sharpPain;
        private boolean oneSidedPain;
        private boolean alteredGait;
        private boolean symptomsWorsening;
        private Optional<Double> sleepHours = Optional.empty();
        private int shortSleepNights;
        private boolean lowMood;
        private boolean unusualHunger;
        private boolean easyEffortFeelsExpensive;
        private boolean irritability;
        private boolean lowMotivation;
        private boolean ill;
        private boolean urgeToEarnRecovery;
        private TenMinuteTest tenMinuteTest = TenMinuteTest.NOT_DONE;

        private Builder() {
        }

        private Builder(Signals s) {
            soreness = s.soreness;
            heavyLegs = s.heavyLegs;
            stiffness = s.stiffness;
            puffyLegs = s.puffyLegs;
            swelling = s.swelling;
            sharpPain = s.sharpPain;
            oneSidedPain = s.oneSidedPain;
            alteredGait = s.alteredGait;
            symptomsWorsening = s.symptomsWorsening;
            sleepHours = s.sleepHours;
            shortSleepNights = s.shortSleepNights;
            lowMood = s.lowMood;
            unusualHunger = s.unusualHunger;
            easyEffortFeelsExpensive = s.easyEffortFeelsExpensive;
            irritability = s.irritability;
            lowMotivation = s.lowMotivation;
            ill = s.ill;
            urgeToEarnRecovery = s.urgeToEarnRecovery;
            tenMinuteTest = s.tenMinuteTest;
        }

        public Builder soreness(int v) { soreness = v; return this; }
        public Builder heavyLegs(boolean v) { heavyLegs = v; return this; }
        public Builder stiffness(boolean v) { stiffness = v; return this; }
        public Builder puffyLegs(boolean v) { puffyLegs = v; return this; }
        public Builder swelling(boolean v) { swelling = v; return this; }
        public Builder sharpPain(boolean v) { sharpPain = v; return this; }
        public Builder oneSidedPain(boolean v) { oneSidedPain = v; return this; }
        public Builder alteredGait(boolean v) { alteredGait = v; return this; }
        public Builder symptomsWorsening(boolean v) { symptomsWorsening = v; return this; }
        public Builder sleepHours(double v) { sleepHours = Optional.of(v); return this; }
        public Builder sleepHours(Optional<Double> v) { sleepHours = v; return this; }
        public Builder shortSleepNights(int v) { shortSleepNights = v; return this; }
        public Builder lowMood(boolean v) { lowMood = v; return this; }
        public Builder unusualHunger(boolean v) { unusualHunger = v; return this; }
        public Builder easyEffortFeelsExpensive(boolean v) { easyEffortFeelsExpensive = v; return this; }
        public Builder irritability(boolean v) { irritability = v; return this; }
        public Builder lowMotivation(boolean v) { lowMotivation = v; return this; }
        public Builder ill(boolean v) { ill = v; return this; }
        public Builder urgeToEarnRecovery(boolean v) { urgeToEarnRecovery = v; return this; }
        public Builder tenMinuteTest(TenMinuteTest v) { tenMinuteTest = v; return this; }

        public Signals build() {
            return new Signals(soreness, heavyLegs, stiffness, puffyLegs, swelling, sharpPain, oneSidedPain, alteredGait,
                    symptomsWorsening, sleepHours, shortSleepNights, lowMood, unusualHunger,
                    easyEffortFeelsExpensive, irritability, lowMotivation, ill, urgeToEarnRecovery, tenMinuteTest);
        }
    }
}
