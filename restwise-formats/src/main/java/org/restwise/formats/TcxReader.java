package org.restwise.formats;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.restwise.core.activity.Activity;
import org.restwise.core.activity.ActivityCollector;
import org.restwise.core.activity.DeviceTotals;
import org.restwise.core.activity.Position;
import org.restwise.core.activity.Sample;
import org.restwise.core.activity.Sport;
import org.restwise.core.activity.TrackSink;
import org.restwise.core.activity.TrackWriter;

/**
 * Reads a Garmin Training Center (TCX) activity, streaming: every {@code <Track>} becomes a segment
 * (devices start a new one after a pause), and the laps' own totals become the device totals
 * (distance and timer time summed, heart rate averaged over timer time, maximum of maxima).
 * A TCX course is a planned route and is refused.
 */
public final class TcxReader {

    /** Reads every sample into memory (about 50 bytes a point); measuring needs {@link #read(InputStream, String, TrackSink)}. */
    public Activity read(InputStream in, String source) throws UnreadableActivityException {
        return read(in, source, new ActivityCollector());
    }

    /** Reads the file's points into {@code sink} as they are parsed. */
    public <R> R read(InputStream in, String source, TrackSink<R> sink) throws UnreadableActivityException {
        XMLStreamReader reader = XmlInput.open(in, source);
        try {
            return readActivities(reader, source, new TrackWriter<>(sink));
        } catch (XMLStreamException e) {
            throw XmlInput.notWellFormed(source, e);
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing to release beyond what the caller closes.
            }
        }
    }

    private <R> R readActivities(XMLStreamReader reader, String source, TrackWriter<R> tracks)
            throws XMLStreamException, UnreadableActivityException {
        Deque<String> path = new ArrayDeque<>();
        Point point = null;
        Sport sport = Sport.UNKNOWN;
        boolean sawActivity = false;
        boolean sawCourse = false;
        LapTotals laps = new LapTotals();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw XmlInput.dtdRefused(source);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = XmlInput.localName(reader);
                String parent = path.peek();
                if (parent == null && !name.equals("TrainingCenterDatabase")) {
                    throw new UnreadableActivityException(source,
                            "The file is XML but not TCX: its root element is <" + reader.getLocalName() + ">.");
                }
                boolean readsText = true;
                switch (name) {
                    case "Activity" -> {
                        sawActivity = true;
                        if (sport == Sport.UNKNOWN) {
                            sport = SportNames.parse(XmlInput.attribute(reader, "Sport"));
                        }
                        readsText = false;
                    }
                    case "Course" -> {
                        sawCourse = true;
                        readsText = false;
                    }
                    case "Lap" -> {
                        laps.startLap();
                        readsText = false;
                    }
                    case "Track" -> {
                        tracks.startSegment();
                        readsText = false;
                    }
                    case "Trackpoint" -> {
                        point = new Point();
                        readsText = false;
                    }
                    case "Time", "LatitudeDegrees", "LongitudeDegrees", "AltitudeMeters", "Cadence", "RunCadence" ->
                        readsText = point != null;
                    case "DistanceMeters" -> readsText = true;
                    case "Value" -> readsText = true;
                    case "TotalTimeSeconds" -> readsText = "Lap".equals(parent);
                    default -> readsText = false;
                }
                if (readsText && sawActivity) {
                    String text = reader.getElementText();
                    onText(name, parent, text, point, laps, reader, source);
                    continue; // getElementText consumed the end tag
                }
                path.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                switch (name) {
                    case "Trackpoint" -> {
                        if (tracks.inSegment() && point != null) {
                            tracks.add(point.toSample(source));
                        }
                        point = null;
                    }
                    case "Track" -> tracks.endSegment();
                    default -> {
                    }
                }
            }
        }
        if (!sawActivity) {
            throw new UnreadableActivityException(source, sawCourse
                    ? "The TCX file is a course (a planned route), not a recorded activity."
                    : "The TCX file holds no activity.");
        }
        if (tracks.pointCount() == 0) {
            throw new UnreadableActivityException(source, "The TCX activity holds no track points.");
        }
        return tracks.finish(sport, laps.totals(), true);
    }

    private static void onText(String name, String parent, String text, Point point, LapTotals laps,
                               XMLStreamReader reader, String source) throws UnreadableActivityException {
        Double number = GpxReader.number(text);
        if (point != null) {
            switch (name) {
                case "Time" -> {
                    try {
                        point.time = XmlInput.parseTime(text);
                    } catch (DateTimeParseException e) {
                        throw new UnreadableActivityException(source, "The trackpoint time at line "
                                + reader.getLocation().getLineNumber() + " is not an ISO-8601 timestamp: '"
                                + SensorValues.shorten(text) + "'.");
                    }
                }
                case "LatitudeDegrees" -> point.latitude = number;
                case "LongitudeDegrees" -> point.longitude = number;
                case "AltitudeMeters" -> point.elevation = SensorValues.elevation(number);
                case "DistanceMeters" -> point.distance = number != null && number >= 0 ? number : null;
                case "Value" -> {
                    if ("HeartRateBpm".equals(parent)) {
                        point.heartRate = SensorValues.heartRate(number);
                    }
                }
                case "Cadence", "RunCadence" -> point.cadence = SensorValues.cadence(number);
                default -> {
                }
            }
            return;
        }
        if ("Lap".equals(parent)) {
            switch (name) {
                case "TotalTimeSeconds" -> laps.seconds(number);
                case "DistanceMeters" -> laps.distance(number);
                default -> {
                }
            }
        } else if ("Value".equals(name) && "AverageHeartRateBpm".equals(parent)) {
            laps.averageHeartRate(SensorValues.heartRate(number));
        } else if ("Value".equals(name) && "MaximumHeartRateBpm".equals(parent)) {
            laps.maximumHeartRate(SensorValues.heartRate(number));
        }
    }

    /** A trackpoint while its child elements are read. */
    private static final class Point {
        private Instant time;
        private Double latitude;
        private Double longitude;
        private Double elevation;
        private Double distance;
        private Integer heartRate;
        private Integer cadence;

        Sample toSample(String source) throws UnreadableActivityException {
            Optional<Position> position = Optional.empty();
            if (latitude != null && longitude != null) {
                if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                    throw new UnreadableActivityException(source,
                            "A trackpoint has an impossible position " + latitude + ", " + longitude + ".");
                }
                position = Optional.of(new Position(latitude, longitude));
            }
            return new Sample(Optional.ofNullable(time), position, Optional.ofNullable(elevation),
                    Optional.ofNullable(heartRate), Optional.ofNullable(cadence), Optional.ofNullable(distance));
        }
    }

    /** Sums of the laps' own figures, as the device computed them. */
    private static final class LapTotals {
        private double distance;
        private boolean anyDistance;
        private double seconds;
        private boolean anySeconds;
        private double lapSeconds;
        private double heartBeats;
        private double heartRateSeconds;
        private Integer maxHeartRate;

        void startLap() {
            lapSeconds = 0;
        }

        void seconds(Double value) {
            if (value != null && value >= 0) {
                seconds += value;
                lapSeconds = value;
                anySeconds = true;
            }
        }

        void distance(Double value) {
            if (value != null && value >= 0) {
                distance += value;
                anyDistance = true;
            }
        }

        void averageHeartRate(Integer bpm) {
            if (bpm != null && lapSeconds > 0) {
                heartBeats += bpm * lapSeconds;
                heartRateSeconds += lapSeconds;
            }
        }

        void maximumHeartRate(Integer bpm) {
            if (bpm != null && (maxHeartRate == null || bpm > maxHeartRate)) {
                maxHeartRate = bpm;
            }
        }

        DeviceTotals totals() {
            return new DeviceTotals(
                    anyDistance ? Optional.of(distance) : Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    anySeconds ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty(),
                    heartRateSeconds > 0 ? Optional.of((int) Math.round(heartBeats / heartRateSeconds)) : Optional.empty(),
                    Optional.ofNullable(maxHeartRate),
                    List.of());
        }
    }
}
