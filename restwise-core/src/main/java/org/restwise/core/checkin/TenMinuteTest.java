package org.restwise.core.checkin;

/** What ten minutes of very easy movement did to how the body feels. */
public enum TenMinuteTest {
    NOT_DONE,
    /** The body opened up: a flow problem. */
    LOOSENED,
    NO_CHANGE,
    /** Everything felt costly from the start and stayed that way: a systemic problem. */
    STAYED_EXPENSIVE,
    /** Something was sharp or moved oddly: stop and reassess. */
    SHARP_OR_ODD,
    /** Stiffer, sorer or more painful after ten easy minutes: symptoms that sharpen with movement. */
    WORSENED
}
