package org.restwise.core.activity;

import java.util.List;
import java.util.Objects;

/**
 * What the type inference read from the whole file beyond its summary: the file's legs (one per sport
 * of a multisport file) and the track's sustained speeds. Kept beside an imported activity so that
 * its type can be read again later (a maximum heart rate set since, a rule refined) as faithfully as
 * on import, without the file.
 */
public record InferenceBasis(List<ActivityLeg> legs, SustainedSpeeds speeds) {

    /** Nothing known beyond the summary: activities imported before the basis was kept. */
    public static final InferenceBasis UNKNOWN = new InferenceBasis(List.of(), SustainedSpeeds.UNKNOWN);

    public InferenceBasis {
        legs = List.copyOf(legs);
        Objects.requireNonNull(speeds, "speeds");
    }

    public static InferenceBasis of(MeasuredActivity activity) {
        return new InferenceBasis(activity.deviceTotals().legs(), activity.sustainedSpeeds());
    }
}
