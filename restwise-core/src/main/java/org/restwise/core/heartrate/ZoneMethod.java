package org.restwise.core.heartrate;

/** How a set of heart-rate zones was derived; shown beside every zone so a runner knows what it means. */
public enum ZoneMethod {
    /** Bands of maximum heart rate, 50–100 % in five steps of ten (the common five-zone model). */
    PERCENT_OF_MAX("% of maximum heart rate", "five 10 % bands of maximum heart rate"),
    /** Bands of heart-rate reserve: resting + fraction × (max − resting). */
    KARVONEN("% of heart-rate reserve", "Karvonen, Kentala & Mustala 1957, Ann Med Exp Biol Fenn 35:307"),
    /** Bands of lactate-threshold heart rate, Friel's running zones. */
    LACTATE_THRESHOLD("% of lactate-threshold heart rate", "Friel, The Triathlete's Training Bible (running LTHR zones)");

    private final String description;
    private final String source;

    ZoneMethod(String description, String source) {
        this.description = description;
        this.source = source;
    }

    public String description() {
        return description;
    }

    public String source() {
        return source;
    }
}
