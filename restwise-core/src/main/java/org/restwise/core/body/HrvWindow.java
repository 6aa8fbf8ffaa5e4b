package org.restwise.core.body;

/** When an HRV value was taken, which decides what it can be compared with. */
public enum HrvWindow {
    /** A short recording on waking, lying or by a set protocol (chest strap, HRV4Training). */
    MORNING,
    /** A device's average over the night's sleep (Garmin HRV status, Oura, WHOOP). */
    OVERNIGHT,
    /** The source does not say (an aggregator such as intervals.icu, which stores what others sent it). */
    UNSTATED
}
