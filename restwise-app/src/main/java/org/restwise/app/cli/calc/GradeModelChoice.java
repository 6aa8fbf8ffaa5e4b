package org.restwise.app.cli.calc;

import org.restwise.core.terrain.GradeCostModel;

/** The grade-cost models {@code --model} offers; one today, named so that more can follow. */
public enum GradeModelChoice {
    /** Minetti et al. 2002, the default. */
    MINETTI(GradeCostModel.minetti());

    private final GradeCostModel model;

    GradeModelChoice(GradeCostModel model) {
        this.model = model;
    }

    GradeCostModel model() {
        return model;
    }
}
