package org.restwise.formats.wellness;

/** The device and app files Restwise reads body signals from. */
public enum WellnessFormat {
    /** A FIT file: a morning RR recording, monitoring, sleep or HRV status. */
    FIT,
    /** Polar Sensor Logger's RR file ({@code Phone timestamp;RR-interval [ms]}). */
    POLAR_SENSOR_LOGGER,
    /** Polar's {@code .hrm} in R-R mode. */
    POLAR_HRM,
    /** One beat-to-beat interval a line. */
    RR_LIST,
    /** Garmin Connect's or a Garmin data export's wellness JSON. */
    GARMIN_JSON,
    /** Apple Health's {@code export.xml}. */
    APPLE_HEALTH,
    HRV4TRAINING_CSV,
    INTERVALS_ICU_CSV,
    WHOOP_CSV,
    OURA_CSV
}
