package org.restwise.core.activity;

/**
 * A point on the WGS 84 ellipsoid, in decimal degrees.
 *
 * @param latitudeDegrees  −90 to 90
 * @param longitudeDegrees −180 to 180
 */
public record Position(double latitudeDegrees, double longitudeDegrees) {

    /**
     * Mean Earth radius (IUGG), metres. A sphere is within 0.5 % of the ellipsoid for the short
     * steps of a track, far below GPS error.
     */
    public static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public Position {
        requireValid(latitudeDegrees, longitudeDegrees);
    }

    static void requireValid(double latitudeDegrees, double longitudeDegrees) {
        if (!(latitudeDegrees >= -90 && latitudeDegrees <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees, got " + latitudeDegrees);
        }
        if (!(longitudeDegrees >= -180 && longitudeDegrees <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180 degrees, got " + longitudeDegrees);
        }
    }

    /** Great-circle (haversine) distance to {@code other}, in metres. */
    public double distanceMetersTo(Position other) {
        return distanceMeters(latitudeDegrees, longitudeDegrees, other.latitudeDegrees, other.longitudeDegrees);
    }

    /** {@link #distanceMetersTo} without the two objects, for the analyzer's columns. */
    static double distanceMeters(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double lat1 = Math.toRadians(fromLatitude);
        double lat2 = Math.toRadians(toLatitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(toLongitude - fromLongitude);
        double sinLat = Math.sin(dLat / 2);
        double sinLon = Math.sin(dLon / 2);
        double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
