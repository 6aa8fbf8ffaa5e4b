package org.restwise.core.body;

/**
 * Where a value of a {@link WellnessDay} came from. The constants are declared in <b>precedence
 * order</b>, highest first; {@link #outranks} and {@link WellnessDay#merge} rely on that order, and
 * this is the only place it is decided:
 *
 * <ol>
 *   <li>the runner's own entry corrects any device;</li>
 *   <li>a chest-strap recording whose rMSSD we computed ourselves, by one documented method
 *       ({@link ArtefactFilter#STANDARD}), beats any vendor's number;</li>
 *   <li>a morning reading taken by protocol (HRV4Training) beats overnight wrist and finger values;</li>
 *   <li>a device's own file beats the same value copied through its vendor's server;</li>
 *   <li>the vendors' overnight values (Garmin, Oura, WHOOP), then Apple Health, which gathers others;</li>
 *   <li>an aggregator that copies from all of them (intervals.icu) comes last: an original beats a copy.</li>
 * </ol>
 */
public enum WellnessSource {
    MANUAL,
    FIT_RR,
    POLAR_RR,
    /** A plain list of beat-to-beat intervals, from whatever strap or app wrote it. */
    RR_LIST,
    HRV4TRAINING,
    GARMIN_HRV_STATUS,
    GARMIN_SLEEP,
    GARMIN_MONITORING,
    GARMIN_CONNECT_JSON,
    OURA,
    WHOOP,
    APPLE_HEALTH,
    INTERVALS_ICU;

    /** True when a value from this source should replace one from {@code other} for the same day. */
    public boolean outranks(WellnessSource other) {
        return ordinal() < other.ordinal();
    }
}
