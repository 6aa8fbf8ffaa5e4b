package org.restwise.app.cli.calc;

import org.restwise.core.units.PaceUnit;

/** The runner's units on the command line: paces per km or per mile, distances in km or miles. */
public enum UnitSystem {
    METRIC(PaceUnit.PER_KILOMETRE),
    IMPERIAL(PaceUnit.PER_MILE);

    private final PaceUnit paceUnit;

    UnitSystem(PaceUnit paceUnit) {
        this.paceUnit = paceUnit;
    }

    PaceUnit paceUnit() {
        return paceUnit;
    }
}
