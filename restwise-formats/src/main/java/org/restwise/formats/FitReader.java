package org.restwise.formats;

import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SportMesg;
import com.garmin.fit.SubSport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restwise.core.activity.Activity;
import org.restwise.core.activity.ActivityCollector;
import org.restwise.core.activity.ActivityLeg;
import org.restwise.core.activity.DeviceTotals;
import org.restwise.core.activity.Position;
import org.restwise.core.activity.Sample;
import org.restwise.core.activity.Sport;
import org.restwise.core.activity.TrackSink;
import org.restwise.core.activity.TrackWriter;

/**
 * Reads a FIT activity with Garmin's FIT SDK. Every record message becomes a sample, with or
 * without a position, so the barometric altitude of records written between GPS fixes is kept;
 * the session messages' totals become the device totals, and each session one leg (a multisport
 * file has one per sport, and transitions between them). The sport is the sessions' sport and
 * sub-sport, or the sport messages' when no session names one.
 *
 * <p>The SDK's integrity check passes a 0-byte or truncated file and decoding an empty file
 * returns nothing, so the header is checked first, an empty result is an error, and truncation
 * is caught from the decoder.
 */
public final class FitReader {

    /** FIT files of a 30-hour race at one record a second stay under 10 MB; more is not an activity. */
    static final int MAX_FIT_BYTES = 64 * 1024 * 1024;

    /** Timestamps below this count seconds since the device powered on, not since 1989-12-31. */
    private static final long FIT_MIN_WALL_CLOCK = 0x10000000L;

    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2147483648.0;

    /** Reads every sample into memory (about 50 bytes a point); measuring needs {@link #read(InputStream, String, TrackSink)}. */
    public Activity read(InputStream in, String source) throws UnreadableActivityException {
        return read(in, source, new ActivityCollector());
    }

    /**
     * Reads the file's records into {@code sink} as they are decoded. The file itself is held in
     * memory (at most {@link #MAX_FIT_BYTES}): the integrity check reads it once before decoding.
     */
    public <R> R read(InputStream in, String source, TrackSink<R> sink) throws UnreadableActivityException {
        byte[] bytes = readBounded(in, source);
        if (bytes.length == 0) {
            throw new UnreadableActivityException(source, "The file is empty (0 bytes).");
        }
        if (!new Decode().isFileFit(new ByteArrayInputStream(bytes))) {
            throw new UnreadableActivityException(source, "The file is not a FIT file: its header is missing or damaged.");
        }
        if (!passesIntegrityCheck(bytes, source)) {
            throw new UnreadableActivityException(source,
                    "The FIT file is damaged: its checksum does not match its contents.");
        }
        Collector<R> collector = new Collector<>(new TrackWriter<>(sink));
        try {
            new Decode().read(new ByteArrayInputStream(bytes), collector);
        } catch (FitRuntimeException e) {
            throw new UnreadableActivityException(source,
                    "The FIT file is truncated or damaged: " + firstLine(e.getMessage()) + ".", e);
        } catch (RuntimeException e) {
            throw new UnreadableActivityException(source,
                    "The FIT file could not be decoded: " + firstLine(e.getMessage()) + ".", e);
        }
        if (collector.records.pointCount() == 0) {
            throw new UnreadableActivityException(source, "The FIT file holds no activity records.");
        }
        return collector.records.finish(collector.sport(), collector.totals(), collector.wallClock);
    }

    /**
     * The SDK's integrity check walks the file's records to find its end, and on some damaged files
     * fails with an unchecked exception instead of answering false (an ArrayIndexOutOfBoundsException
     * found by fuzzing): that is a damaged file too.
     */
    private static boolean passesIntegrityCheck(byte[] bytes, String source) throws UnreadableActivityException {
        try {
            return new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            throw new UnreadableActivityException(source,
                    "The FIT file is damaged: its records cannot be walked (" + firstLine(e.getMessage()) + ").", e);
        }
    }

    private static byte[] readBounded(InputStream in, String source) throws UnreadableActivityException {
        try {
            byte[] bytes = in.readNBytes(MAX_FIT_BYTES + 1);
            if (bytes.length > MAX_FIT_BYTES) {
                throw new UnreadableActivityException(source,
                        "The FIT file is larger than " + MAX_FIT_BYTES / (1024 * 1024) + " MB, too large for one activity.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableActivityException(source, "The file could not be read: " + firstLine(e.getMessage()) + ".", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no detail given";
        }
        String line = message.strip().lines().findFirst().orElse("").trim();
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * Our sport for a FIT sport and sub-sport; null for a transition between the legs of a
     * multisport activity, which is no sport of its own. FIT {@code generic} names nothing.
     */
    static Sport sportOf(com.garmin.fit.Sport sport, SubSport sub) {
        if (sport == null) {
            return Sport.UNKNOWN;
        }
        return switch (sport) {
            case RUNNING -> sub == SubSport.TRAIL ? Sport.TRAIL_RUNNING
                    : sub == SubSport.TREADMILL || sub == SubSport.INDOOR_RUNNING ? Sport.TREADMILL_RUNNING
                    : Sport.RUNNING;
            case CYCLING, E_BIKING -> Sport.CYCLING;
            case WALKING -> Sport.WALKING;
            case HIKING, MOUNTAINEERING, SNOWSHOEING -> Sport.HIKING;
            case CROSS_COUNTRY_SKIING -> Sport.CROSS_COUNTRY_SKIING;
            case ALPINE_SKIING, SNOWBOARDING -> Sport.ALPINE_SKIING;
            case SWIMMING -> Sport.SWIMMING;
            case ROWING -> Sport.ROWING;
            case PADDLING, KAYAKING, RAFTING, STAND_UP_PADDLEBOARDING -> Sport.PADDLING;
            case FITNESS_EQUIPMENT -> fitnessEquipment(sub);
            case TRANSITION -> null;
            case MULTISPORT -> Sport.MULTISPORT;
            case GENERIC, INVALID -> Sport.UNKNOWN;
            default -> Sport.OTHER;
        };
    }

    /** Gym machines: FIT names the machine in the sub-sport. */
    private static Sport fitnessEquipment(SubSport sub) {
        if (sub == null) {
            return Sport.OTHER;
        }
        return switch (sub) {
            case TREADMILL, INDOOR_RUNNING -> Sport.TREADMILL_RUNNING;
            case INDOOR_CYCLING, SPIN -> Sport.CYCLING;
            case INDOOR_ROWING -> Sport.ROWING;
            case ELLIPTICAL -> Sport.ELLIPTICAL;
            case INDOOR_WALKING -> Sport.WALKING;
            default -> Sport.OTHER;
        };
    }

    /** Gathers records and sessions as the decoder broadcasts them. */
    private static final class Collector<R> implements com.garmin.fit.MesgListener {
        /** A FIT file is one segment: every record, in order. */
        private final TrackWriter<R> records;
        /** One per session message; null stands for a transition. */
        private final List<Sport> sports = new ArrayList<>();
        private final Set<Sport> sportMessages = new LinkedHashSet<>();
        private final List<ActivityLeg> legs = new ArrayList<>();
        private boolean wallClock = true;
        private double distance;
        private boolean anyDistance;
        private double ascent;
        private boolean anyAscent;
        private double descent;
        private boolean anyDescent;
        private double elapsedSeconds;
        private double timerSeconds;
        private boolean anyTime;
        private double heartBeats;
        private double heartRateSeconds;
        private Integer maxHeartRate;

        Collector(TrackWriter<R> records) {
            this.records = records;
            records.startSegment();
        }

        @Override
        public void onMesg(Mesg mesg) {
            if (mesg.getNum() == MesgNum.RECORD) {
                onRecord(new RecordMesg(mesg));
            } else if (mesg.getNum() == MesgNum.SESSION) {
                onSession(new SessionMesg(mesg));
            } else if (mesg.getNum() == MesgNum.SPORT) {
                onSport(new SportMesg(mesg));
            }
        }

        private void onRecord(RecordMesg record) {
            DateTime timestamp = record.getTimestamp();
            Optional<Instant> time = Optional.empty();
            if (timestamp != null && timestamp.getTimestamp() != null) {
                if (timestamp.getTimestamp() < FIT_MIN_WALL_CLOCK) {
                    wallClock = false;
                }
                time = Optional.of(timestamp.getDate().toInstant());
            }
            Integer lat = record.getPositionLat();
            Integer lon = record.getPositionLong();
            Optional<Position> position = Optional.empty();
            if (lat != null && lon != null) {
                double latitude = lat * DEGREES_PER_SEMICIRCLE;
                double longitude = lon * DEGREES_PER_SEMICIRCLE;
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    position = Optional.of(new Position(latitude, longitude));
                }
            }
            Float altitude = record.getEnhancedAltitude() != null ? record.getEnhancedAltitude() : record.getAltitude();
            Short heartRate = record.getHeartRate();
            Short cadence = record.getCadence();
            Float deviceDistance = record.getDistance();
            records.add(new Sample(
                    time,
                    position,
                    Optional.ofNullable(SensorValues.elevation(altitude == null ? null : altitude.doubleValue())),
                    Optional.ofNullable(SensorValues.heartRate(heartRate == null ? null : heartRate.doubleValue())),
                    Optional.ofNullable(SensorValues.cadence(cadence == null ? null : cadence.doubleValue())),
                    Optional.ofNullable(deviceDistance != null && Float.isFinite(deviceDistance) && deviceDistance >= 0
                            ? deviceDistance.doubleValue() : null)));
        }

        private void onSession(SessionMesg session) {
            Sport sport = sportOf(session.getSport(), session.getSubSport());
            sports.add(sport);
            Float legTimer = session.getTotalTimerTime();
            legs.add(new ActivityLeg(sport == null ? Sport.UNKNOWN : sport, sport == null,
                    finite(session.getTotalDistance()),
                    finite(legTimer).map(t -> Duration.ofMillis(Math.round(t * 1000))),
                    Optional.ofNullable(session.getTotalAscent()).map(Integer::doubleValue),
                    Optional.ofNullable(session.getTotalDescent()).map(Integer::doubleValue),
                    Optional.ofNullable(session.getAvgHeartRate()).map(Short::intValue)));
            if (session.getTotalDistance() != null) {
                distance += session.getTotalDistance();
                anyDistance = true;
            }
            if (session.getTotalAscent() != null) {
                ascent += session.getTotalAscent();
                anyAscent = true;
            }
            if (session.getTotalDescent() != null) {
                descent += session.getTotalDescent();
                anyDescent = true;
            }
            Float timer = session.getTotalTimerTime();
            if (session.getTotalElapsedTime() != null) {
                elapsedSeconds += session.getTotalElapsedTime();
                anyTime = true;
            }
            if (timer != null) {
                timerSeconds += timer;
                anyTime = true;
            }
            if (session.getAvgHeartRate() != null && timer != null && timer > 0) {
                heartBeats += session.getAvgHeartRate() * (double) timer;
                heartRateSeconds += timer;
            }
            Short max = session.getMaxHeartRate();
            if (max != null && (maxHeartRate == null || max > maxHeartRate)) {
                maxHeartRate = (int) max;
            }
        }

        private void onSport(SportMesg message) {
            Sport sport = sportOf(message.getSport(), message.getSubSport());
            if (sport != null && sport != Sport.UNKNOWN) {
                sportMessages.add(sport);
            }
        }

        /**
         * The sessions' sport (several sports are a multisport activity); when no session names one,
         * the sport messages' (some devices write the sport there only).
         */
        Sport sport() {
            Set<Sport> named = new LinkedHashSet<>(sports);
            named.remove(null);
            if (named.size() > 1) {
                return Sport.MULTISPORT;
            }
            Sport fromSessions = named.isEmpty() ? Sport.UNKNOWN : named.iterator().next();
            if (fromSessions == Sport.UNKNOWN && !sportMessages.isEmpty()) {
                return sportMessages.size() == 1 ? sportMessages.iterator().next() : Sport.MULTISPORT;
            }
            return fromSessions;
        }

        DeviceTotals totals() {
            return new DeviceTotals(
                    anyDistance ? Optional.of(distance) : Optional.empty(),
                    anyAscent ? Optional.of(ascent) : Optional.empty(),
                    anyDescent ? Optional.of(descent) : Optional.empty(),
                    anyTime ? Optional.of(Duration.ofMillis(Math.round(elapsedSeconds * 1000))) : Optional.empty(),
                    anyTime ? Optional.of(Duration.ofMillis(Math.round(timerSeconds * 1000))) : Optional.empty(),
                    heartRateSeconds > 0 ? Optional.of((int) Math.round(heartBeats / heartRateSeconds)) : Optional.empty(),
                    Optional.ofNullable(maxHeartRate),
                    legs);
        }

        private static Optional<Double> finite(Float value) {
            return value != null && Float.isFinite(value) && value >= 0 ? Optional.of(value.doubleValue()) : Optional.empty();
        }
    }
}
