package org.restwise.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.restwise.core.activity.Activity;
import org.restwise.core.activity.ActivityCollector;
import org.restwise.core.activity.DeviceTotals;
import org.restwise.core.activity.Position;
import org.restwise.core.activity.Sport;
import org.restwise.core.activity.TrackSink;
import org.restwise.core.activity.TrackWriter;

/**
 * Reads the tracks of a GPX 1.0 or 1.1 file, streaming. Heart rate and cadence come from any
 * element named {@code hr}/{@code heartrate} and {@code cad}/{@code cadence} inside a track point,
 * whatever its prefix: Garmin's TrackPointExtension v1 and v2 ({@code gpxtpx:}, {@code ns3:}),
 * Amazfit's bare {@code <heartrate>} and the cluetrust {@code gpxdata:} elements all fit that.
 * Routes and waypoints are plans, not recordings, and are not read.
 */
public final class GpxReader {

    /** Reads every sample into memory (about 50 bytes a point); measuring needs {@link #read(InputStream, String, TrackSink)}. */
    public Activity read(InputStream in, String source) throws UnreadableActivityException {
        return read(in, source, new ActivityCollector());
    }

    /** Reads the file's points into {@code sink} as they are parsed. */
    public <R> R read(InputStream in, String source, TrackSink<R> sink) throws UnreadableActivityException {
        XmlCursor cursor = new StaxCursor(XmlInput.open(in, source));
        try {
            return readTracks(cursor, source, new TrackWriter<>(sink));
        } catch (XMLStreamException e) {
            throw XmlInput.notWellFormed(source, e);
        } finally {
            cursor.close();
        }
    }

    public Activity read(Path file, String source) throws UnreadableActivityException, IOException {
        return read(file, source, ActivityCollector::new);
    }

    /**
     * Reads a GPX file on disk: first with the fast {@link PlainXmlScanner}, which reads the plain
     * UTF-8 most files are; if it declines or meets anything wrong, the file is read again with
     * StAX into a fresh sink, so results and error messages are exactly those of
     * {@link #read(InputStream, String, TrackSink)}.
     */
    public <R> R read(Path file, String source, Supplier<? extends TrackSink<R>> sinks)
            throws UnreadableActivityException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readPlain(in, source, sinks.get());
        } catch (XMLStreamException | UnreadableActivityException | IOException | RuntimeException declined) {
            // Whatever went wrong, the full parser reads the file again and has the last word.
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, sinks.get());
        }
    }

    /** The fast path alone: the activity, or an exception when the full parser must read this input. */
    Activity readPlain(InputStream in, String source) throws XMLStreamException, UnreadableActivityException {
        return readPlain(in, source, new ActivityCollector());
    }

    private <R> R readPlain(InputStream in, String source, TrackSink<R> sink)
            throws XMLStreamException, UnreadableActivityException {
        return readTracks(new PlainXmlScanner(in), source, new TrackWriter<>(sink));
    }

    /**
     * Points belong to the {@code <trkseg>} around them, or to their {@code <trk>} when written
     * straight into it; a point outside any track is not part of a recording and is skipped.
     */
    private <R> R readTracks(XmlCursor reader, String source, TrackWriter<R> segments)
            throws XMLStreamException, UnreadableActivityException {
        Point point = null;
        Sport sport = Sport.UNKNOWN;
        boolean inTrack = false;
        // <link> and <extensions> inside a track have children of their own (a link's MIME <type>):
        // only the track's own <type> names the sport.
        int inTrackLinkOrExtensions = 0;
        boolean sawGpx = false;
        boolean sawRoute = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw XmlInput.dtdRefused(source);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.localName();
                if (!sawGpx) {
                    if (!name.equals("gpx")) {
                        throw new UnreadableActivityException(source,
                                "The file is XML but not GPX: its root element is <" + reader.qualifiedName() + ">.");
                    }
                    sawGpx = true;
                    continue;
                }
                switch (name) {
                    case "trk" -> inTrack = true;
                    case "trkseg" -> {
                        // A segment cannot start inside a point: a malformed file's <trkseg> there is ignored.
                        if (inTrack && point == null) {
                            segments.startSegment();
                        }
                    }
                    case "trkpt" -> {
                        if (inTrack) {
                            if (!segments.inSegment()) {
                                segments.startSegment();
                            }
                            point = new Point(position(reader, source));
                        }
                    }
                    case "rte" -> sawRoute = true;
                    case "link", "extensions" -> {
                        if (inTrack) {
                            inTrackLinkOrExtensions++;
                        }
                    }
                    case "ele" -> {
                        if (point != null) {
                            point.elevation = SensorValues.elevation(reader.textNumber());
                        }
                    }
                    case "time" -> {
                        if (point != null) {
                            point.time = reader.textTime(source);
                        }
                    }
                    case "hr", "heartrate" -> {
                        if (point != null) {
                            point.heartRate = SensorValues.heartRate(reader.textNumber());
                        }
                    }
                    case "cad", "cadence" -> {
                        if (point != null) {
                            point.cadence = SensorValues.cadence(reader.textNumber());
                        }
                    }
                    case "type" -> {
                        if (inTrack && point == null && inTrackLinkOrExtensions == 0 && sport == Sport.UNKNOWN) {
                            sport = SportNames.parse(reader.text());
                        }
                    }
                    default -> {
                        // Everything else (names, links, speed, course, temperature) is not needed.
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.localName()) {
                    case "trkpt" -> {
                        if (point != null) {
                            point.addTo(segments);
                            point = null;
                        }
                    }
                    case "trkseg" -> {
                        // Nor end inside one: the open point still belongs to the segment it began in.
                        if (point == null) {
                            segments.endSegment();
                        }
                    }
                    case "link", "extensions" -> {
                        if (inTrack && inTrackLinkOrExtensions > 0) {
                            inTrackLinkOrExtensions--;
                        }
                    }
                    case "trk" -> {
                        // Points written straight into <trk> (no <trkseg>) still form a segment.
                        segments.endSegment();
                        inTrack = false;
                        inTrackLinkOrExtensions = 0;
                    }
                    default -> {
                    }
                }
            }
        }
        if (!sawGpx) {
            throw new UnreadableActivityException(source, "The file is empty: it holds no XML element.");
        }
        if (segments.pointCount() == 0) {
            throw new UnreadableActivityException(source, sawRoute
                    ? "The GPX file holds a planned route but no recorded track."
                    : "The GPX file holds no recorded track points.");
        }
        return segments.finish(sport, DeviceTotals.NONE, true);
    }

    private static Position position(XmlCursor reader, String source) throws UnreadableActivityException {
        Double lat = reader.attributeNumber("lat");
        Double lon = reader.attributeNumber("lon");
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new UnreadableActivityException(source, "The track point at line "
                    + reader.line() + " has no valid lat/lon.");
        }
        return new Position(lat, lon);
    }

    /** A number, or null for text that is not one (some exports write malformed extension values). */
    static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A track point while its child elements are read. */
    private static final class Point {
        private final Position position;
        private Instant time;
        private Double elevation;
        private Integer heartRate;
        private Integer cadence;

        Point(Position position) {
            this.position = position;
        }

        void addTo(TrackWriter<?> segment) {
            if (time != null) {
                segment.time(time);
            }
            segment.position(position.latitudeDegrees(), position.longitudeDegrees());
            if (elevation != null) {
                segment.elevationMeters(elevation);
            }
            if (heartRate != null) {
                segment.heartRateBpm(heartRate);
            }
            if (cadence != null) {
                segment.cadencePerMinute(cadence);
            }
            segment.addPoint();
        }
    }
}
