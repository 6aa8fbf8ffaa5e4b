package org.restwise.formats.wellness;

import com.garmin.fit.Decode;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.SleepLevel;
import com.garmin.fit.Sport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.restwise.core.body.HrvReading;
import org.restwise.core.body.HrvWindow;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.VendorHrvBand;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;

/**
 * The wellness content of a FIT file, read with Garmin's FIT SDK:
 * <ul>
 *   <li>{@code hrv} messages of a <em>resting</em> recording (a morning test: no distance covered, a
 *       generic or meditation sport, at most {@value MorningRecordings#LONGEST_MINUTES} minutes) become
 *       a morning rMSSD by our artefact filter; in an activity they are refused, since the rMSSD of a
 *       run is not a reading of recovery;</li>
 *   <li>{@code monitoring_hr_data}: the day's own resting heart rate
 *       ({@code current_day_resting_heart_rate}; {@code resting_heart_rate} is Garmin's 7-day average,
 *       not taken), the last value of each day;</li>
 *   <li>{@code sleep_level} and {@code sleep_assessment}: each level lasts until the next message;
 *       light, deep and REM add up to the time asleep; the night belongs to the date it ended on;</li>
 *   <li>{@code hrv_status_summary}: the overnight average with Garmin's own band and status; without a
 *       summary, the mean of the night's {@code hrv_value}s.</li>
 * </ul>
 * Dates are local: from the file's own local timestamps when it has them, else in the zone given.
 * As with activities, the header is checked first, an empty file is an error, and truncation is
 * caught from the decoder, since the SDK's integrity check passes a 0-byte or truncated file.
 */
public final class FitWellnessReader implements WellnessReader {

    /** Monitoring, sleep and HRV files are a few hundred kilobytes; a morning test is tens. */
    static final int MAX_FIT_BYTES = 16 * 1024 * 1024;
    private static final double MOST_METERS_AT_REST = 50;
    /** A night's value taken at 23:30 belongs to the next morning: shift by half a day, then take the date. */
    private static final Duration NIGHT_SHIFT = Duration.ofHours(12);

    private final ZoneId zone;

    /** @param zone the athlete's time zone, for files that give UTC only */
    public FitWellnessReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void read(InputStream in, String source, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        FitWellnessMessages messages = messages(in, source);
        int days = 0;
        days += restingHeartRates(messages, sink);
        days += sleep(messages, sink);
        days += hrvStatus(messages, sink);
        days += morningRecording(messages, source, sink);
        if (days == 0) {
            throw new UnreadableWellnessException(source, nothingTaken(messages));
        }
    }

    /** The first stage: the file's wellness messages, as recorded. */
    static FitWellnessMessages messages(InputStream in, String source) throws UnreadableWellnessException {
        byte[] bytes = readBounded(in, source);
        if (bytes.length == 0) {
            throw new UnreadableWellnessException(source, "The file is empty (0 bytes).");
        }
        FitWellnessMessages messages = new FitWellnessMessages();
        try {
            if (!new Decode().isFileFit(new ByteArrayInputStream(bytes))) {
                throw new UnreadableWellnessException(source, "The file is not a FIT file: its header is missing or damaged.");
            }
            if (!new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes))) {
                throw new UnreadableWellnessException(source, "The FIT file is damaged: its checksum does not match its contents.");
            }
            new Decode().read(new ByteArrayInputStream(bytes), messages);
        } catch (FitRuntimeException e) {
            throw new UnreadableWellnessException(source, "The FIT file is truncated or damaged: "
                    + Reasons.firstLine(e.getMessage()) + ".", e);
        } catch (RuntimeException e) {
            throw new UnreadableWellnessException(source, "The FIT file could not be decoded: "
                    + Reasons.firstLine(e.getMessage()) + ".", e);
        }
        if (messages.rrOverflow) {
            throw new UnreadableWellnessException(source, "The file holds more beat intervals than any morning recording.");
        }
        return messages;
    }

    private int restingHeartRates(FitWellnessMessages messages, Consumer<WellnessDay> sink) {
        Map<LocalDate, Integer> lastOfDay = new TreeMap<>();
        for (FitWellnessMessages.TimedValue value : messages.restingHeartRates) {
            int bpm = (int) Math.round(value.value());
            if (bpm >= RestingHeartRate.MIN_BPM && bpm <= RestingHeartRate.MAX_BPM) {
                lastOfDay.put(localDate(messages, value.time()), bpm);
            }
        }
        lastOfDay.forEach((date, bpm) -> sink.accept(WellnessDay.on(date)
                .withRestingHeartRate(new RestingHeartRate(bpm), WellnessSource.GARMIN_MONITORING)));
        return lastOfDay.size();
    }

    private int sleep(FitWellnessMessages messages, Consumer<WellnessDay> sink) {
        var levels = messages.sleepLevels.stream()
                .sorted((a, b) -> a.time().compareTo(b.time())).toList();
        Map<SleepLevel, Duration> byLevel = new TreeMap<>();
        for (int i = 0; i + 1 < levels.size(); i++) {
            Duration lasted = Duration.between(levels.get(i).time(), levels.get(i + 1).time());
            byLevel.merge(levels.get(i).level(), lasted, Duration::plus);
        }
        Duration light = byLevel.getOrDefault(SleepLevel.LIGHT, Duration.ZERO);
        Duration deep = byLevel.getOrDefault(SleepLevel.DEEP, Duration.ZERO);
        Duration rem = byLevel.getOrDefault(SleepLevel.REM, Duration.ZERO);
        Duration asleep = light.plus(deep).plus(rem);
        if (levels.isEmpty() || asleep.compareTo(Duration.ofHours(24)) > 0
                || (asleep.isZero() && messages.sleepScore.isEmpty())) {
            return 0;
        }
        Optional<Duration> total = asleep.isZero() ? Optional.empty() : Optional.of(asleep);
        Duration awake = byLevel.getOrDefault(SleepLevel.AWAKE, Duration.ZERO);
        Sleep night = new Sleep(total, total.map(t -> deep), total.map(t -> light), total.map(t -> rem),
                total.filter(t -> awake.compareTo(Duration.ofHours(24)) <= 0).map(t -> awake), messages.sleepScore);
        LocalDate date = localDate(messages, levels.get(levels.size() - 1).time());
        sink.accept(WellnessDay.on(date).withSleep(night, WellnessSource.GARMIN_SLEEP));
        return 1;
    }

    private int hrvStatus(FitWellnessMessages messages, Consumer<WellnessDay> sink) {
        int days = 0;
        for (FitWellnessMessages.HrvStatus status : messages.hrvStatuses) {
            if (status.lastNightAverage().isEmpty() || status.lastNightAverage().get() > 500) {
                continue;
            }
            HrvReading reading = HrvReading.reported(status.lastNightAverage().get(), Optional.empty(), HrvWindow.OVERNIGHT);
            if (status.lowUpper().isPresent() && status.balancedLower().isPresent() && status.balancedUpper().isPresent()
                    && status.balancedUpper().get() >= status.balancedLower().get() && status.balancedUpper().get() <= 1000) {
                reading = reading.withVendorBand(new VendorHrvBand(status.lowUpper().get(), status.balancedLower().get(),
                        status.balancedUpper().get(), status.status()));
            }
            sink.accept(WellnessDay.on(localDate(messages, status.time())).withHrv(reading, WellnessSource.GARMIN_HRV_STATUS));
            days++;
        }
        if (days > 0 || messages.hrvValues.isEmpty()) {
            return days;
        }
        Map<LocalDate, double[]> nights = new TreeMap<>();
        for (FitWellnessMessages.TimedValue value : messages.hrvValues) {
            double[] sumAndCount = nights.computeIfAbsent(localDate(messages, value.time().plus(NIGHT_SHIFT)), d -> new double[2]);
            sumAndCount[0] += value.value();
            sumAndCount[1]++;
        }
        nights.forEach((date, sumAndCount) -> {
            double mean = sumAndCount[0] / sumAndCount[1];
            if (mean <= 500) {
                sink.accept(WellnessDay.on(date).withHrv(HrvReading.reported(mean, Optional.empty(), HrvWindow.OVERNIGHT),
                        WellnessSource.GARMIN_HRV_STATUS));
            }
        });
        return nights.size();
    }

    private int morningRecording(FitWellnessMessages messages, String source, Consumer<WellnessDay> sink)
            throws UnreadableWellnessException {
        if (messages.rr.recorded() == 0) {
            return 0;
        }
        Optional<String> activity = activity(messages);
        if (activity.isPresent()) {
            if (!messages.restingHeartRates.isEmpty() || !messages.sleepLevels.isEmpty() || !messages.hrvStatuses.isEmpty()) {
                return 0;
            }
            throw new UnreadableWellnessException(source, "The file is an activity (" + activity.get() + "), not a"
                    + " resting recording: the beat intervals of exercise say nothing of recovery, so it gives no"
                    + " morning HRV reading (import it as an activity).");
        }
        Optional<Instant> start = messages.sessions.stream().flatMap(s -> s.start().stream()).findFirst()
                .or(() -> messages.created);
        if (start.isEmpty()) {
            throw new UnreadableWellnessException(source, "The recording's beat intervals carry no date and time"
                    + (messages.deviceClockOnly ? " (the device's clock was never set)." : "."));
        }
        MorningRecordings.hand(localDate(messages, start.get()), messages.rr.build(), WellnessSource.FIT_RR, source, sink);
        return 1;
    }

    /** What the file is, in a few words, when a session shows it was exercise; empty for a resting recording. */
    private static Optional<String> activity(FitWellnessMessages messages) {
        for (FitWellnessMessages.Session session : messages.sessions) {
            boolean restingSport = session.sport().isEmpty() || session.sport().get() == Sport.GENERIC
                    || session.sport().get() == Sport.MEDITATION;
            double meters = session.distanceMeters().orElse(0.0);
            if (!restingSport || meters >= MOST_METERS_AT_REST) {
                StringBuilder what = new StringBuilder(session.sport()
                        .map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("a moving session"));
                session.timerSeconds().ifPresent(s -> what.append(", ").append(Math.max(1, Math.round(s / 60))).append(" min"));
                if (meters > 0) {
                    what.append(", ").append(Math.round(meters)).append(" m");
                }
                return Optional.of(what.toString());
            }
        }
        return Optional.empty();
    }

    private LocalDate localDate(FitWellnessMessages messages, Instant time) {
        return messages.localOffsetSeconds
                .map(offset -> LocalDateTime.ofEpochSecond(time.getEpochSecond() + offset, 0, ZoneOffset.UTC).toLocalDate())
                .orElseGet(() -> time.atZone(zone).toLocalDate());
    }

    private static String nothingTaken(FitWellnessMessages messages) {
        if (messages.deviceClockOnly) {
            return "The file's times count from when the device was switched on, not from a date, so its readings"
                    + " cannot be put on a day.";
        }
        return "The FIT file holds no beat-to-beat intervals, resting heart rate, sleep or HRV status: nothing that"
                + " Restwise takes as a wellness reading.";
    }

    private static byte[] readBounded(InputStream in, String source) throws UnreadableWellnessException {
        try {
            byte[] bytes = in.readNBytes(MAX_FIT_BYTES + 1);
            if (bytes.length > MAX_FIT_BYTES) {
                throw new UnreadableWellnessException(source, "The FIT file is larger than " + MAX_FIT_BYTES / (1024 * 1024)
                        + " MB, far more than any monitoring, sleep or HRV file.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableWellnessException(source, "The file could not be read: " + Reasons.firstLine(e.getMessage()) + ".", e);
        }
    }
}
