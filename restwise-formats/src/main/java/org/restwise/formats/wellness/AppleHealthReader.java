package org.restwise.formats.wellness;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sdnn;
import org.restwise.core.body.Sleep;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;
import org.restwise.formats.HardenedXml;
import org.restwise.formats.UnreadableActivityException;

/**
 * Apple Health's {@code export.xml}, streamed with the same hardened StAX setup as activities
 * ({@link HardenedXml}); its DOCTYPE is cut out first by {@link DoctypeGate}. Memory grows with the
 * number of days, not with the records, so an export of gigabytes reads in a small heap. What is taken:
 * <ul>
 *   <li>{@code HKQuantityTypeIdentifierRestingHeartRate}: the mean of the day's values, in bpm;</li>
 *   <li>{@code HKQuantityTypeIdentifierHeartRateVariabilitySDNN}: the mean of the day's readings, kept
 *       as SDNN (it is not rMSSD);</li>
 *   <li>{@code HKCategoryTypeIdentifierSleepAnalysis}: the asleep intervals of each night (all of
 *       {@code Asleep}, {@code AsleepUnspecified}, {@code AsleepCore}, {@code AsleepDeep},
 *       {@code AsleepREM}; iOS 8/9's numeric 1) merged across sources and summed
 *       ({@link SleepNights}); "in bed" is not sleep and is not counted.</li>
 * </ul>
 * Both date forms are read: {@code 2023-07-19 23:10:00 +0200} and iOS 8/9's {@code 20150728050152+0100}.
 */
public final class AppleHealthReader implements WellnessReader {

    private static final String RESTING = "HKQuantityTypeIdentifierRestingHeartRate";
    private static final String SDNN = "HKQuantityTypeIdentifierHeartRateVariabilitySDNN";
    private static final String SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";
    private static final String SLEEP_VALUE = "HKCategoryValueSleepAnalysis";

    private final LongConsumer bytesRead;

    public AppleHealthReader() {
        this(bytes -> { });
    }

    /** @param bytesRead told the bytes read so far, every megabyte and at the end, for a progress bar */
    public AppleHealthReader(LongConsumer bytesRead) {
        this.bytesRead = Objects.requireNonNull(bytesRead, "bytesRead");
    }

    @Override
    public void read(InputStream in, String source, Consumer<WellnessDay> sink) throws UnreadableWellnessException {
        Days days = new Days();
        boolean legacy = false;
        XMLStreamReader reader = null;
        try {
            reader = HardenedXml.open(DoctypeGate.without(new ProgressStream(in, bytesRead), source), source);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("Record")) {
                        legacy |= record(reader, days, source);
                    } else if (name.equals("ExportDate")) {
                        String value = reader.getAttributeValue(null, "value");
                        legacy |= value != null && value.length() == 19 && value.charAt(4) != '-';
                    }
                } else if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableWellnessException(source, "The file declares a DTD where Apple's never does, so it is refused.");
                }
            }
        } catch (UnreadableActivityException e) {
            throw new UnreadableWellnessException(source, e.reason());
        } catch (XMLStreamException e) {
            if (legacy && e.getLocation() != null) {
                throw new UnreadableWellnessException(source, "The file is not well-formed XML at line "
                        + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber()
                        + ": Health on iOS 8 wrote exports with spaces in attribute names, which XML does not allow;"
                        + " an export from a later iOS can be read.");
            }
            throw new UnreadableWellnessException(source, HardenedXml.reasonNotWellFormed(source, e));
        } catch (IOException e) {
            throw new UnreadableWellnessException(source, "The file could not be read: " + Reasons.firstLine(e.getMessage()) + ".", e);
        } finally {
            close(reader);
        }
        if (days.emit(sink) == 0) {
            throw new UnreadableWellnessException(source, "The export holds no resting heart rate, HRV (SDNN) or sleep"
                    + " analysis records, the only ones Restwise takes from Apple Health.");
        }
    }

    /** Takes one {@code Record}; true when it is written the iOS 8/9 way. */
    private static boolean record(XMLStreamReader reader, Days days, String source) throws UnreadableWellnessException {
        // Most records are of other types (steps, heart rate, energy): look at the type first and
        // make no strings for the rest of those; it was a fifth of the reading time.
        int n = reader.getAttributeCount();
        boolean legacy = false;
        String type = null;
        for (int i = 0; i < n; i++) {
            String name = reader.getAttributeLocalName(i);
            if (name.equals("type")) {
                type = reader.getAttributeValue(i);
            } else if (name.equals("source")) {
                legacy = true;
            }
        }
        if (type == null || !(type.equals(RESTING) || type.equals(SDNN) || type.equals(SLEEP))) {
            return legacy;
        }
        String value = null;
        String start = null;
        String end = null;
        for (int i = 0; i < n; i++) {
            switch (reader.getAttributeLocalName(i)) {
                case "value" -> value = reader.getAttributeValue(i);
                case "startDate" -> start = reader.getAttributeValue(i);
                case "endDate" -> end = reader.getAttributeValue(i);
                default -> { }
            }
        }
        if (value == null || start == null) {
            return legacy;
        }
        int line = reader.getLocation().getLineNumber();
        OffsetDateTime startTime = time(start, "startDate", line, source);
        if (type.equals(SLEEP)) {
            SleepNights.Kind kind = sleepKind(value);
            if (kind != null && end != null) {
                days.sleep.add(kind, startTime, time(end, "endDate", line, source));
            }
            return legacy;
        }
        Double number = Numbers.parse(value);
        if (number == null) {
            throw new UnreadableWellnessException(source, "The record at line " + line + " has value " + Reasons.quote(value)
                    + ", which is not a number.");
        }
        Map<LocalDate, double[]> target = type.equals(RESTING) ? days.resting : days.sdnn;
        double[] sumAndCount = target.computeIfAbsent(startTime.toLocalDate(), d -> new double[2]);
        sumAndCount[0] += number;
        sumAndCount[1]++;
        return legacy;
    }

    private static SleepNights.Kind sleepKind(String value) {
        if (value.equals("1")) {
            return SleepNights.Kind.ASLEEP;
        }
        if (value.equals("2")) {
            return SleepNights.Kind.AWAKE;
        }
        if (!value.startsWith(SLEEP_VALUE)) {
            return null;
        }
        return switch (value.substring(SLEEP_VALUE.length())) {
            case "Asleep", "AsleepUnspecified" -> SleepNights.Kind.ASLEEP;
            case "AsleepCore" -> SleepNights.Kind.CORE;
            case "AsleepDeep" -> SleepNights.Kind.DEEP;
            case "AsleepREM" -> SleepNights.Kind.REM;
            case "Awake" -> SleepNights.Kind.AWAKE;
            default -> null;
        };
    }

    /** {@code 2023-07-19 23:10:00 +0200} or {@code 20150728050152+0100}, parsed by hand: the formatter was the slow part. */
    static OffsetDateTime time(String text, String attribute, int line, String source) throws UnreadableWellnessException {
        try {
            if (text.length() == 25 && text.charAt(4) == '-' && text.charAt(10) == ' ' && text.charAt(19) == ' ') {
                return OffsetDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                        digits(text, 14, 16), digits(text, 17, 19), 0, offset(text, 20));
            }
            if (text.length() == 19 && (text.charAt(14) == '+' || text.charAt(14) == '-')) {
                return OffsetDateTime.of(digits(text, 0, 4), digits(text, 4, 6), digits(text, 6, 8), digits(text, 8, 10),
                        digits(text, 10, 12), digits(text, 12, 14), 0, offset(text, 14));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new UnreadableWellnessException(source, "The record at line " + line + " has " + attribute + " "
                + Reasons.quote(text) + ", which is not a date and time as Apple Health writes them.");
    }

    private static ZoneOffset offset(String text, int at) {
        int sign = text.charAt(at) == '-' ? -1 : text.charAt(at) == '+' ? 1 : 0;
        if (sign == 0) {
            throw new NumberFormatException("no sign");
        }
        return ZoneOffset.ofHoursMinutes(sign * digits(text, at + 1, at + 3), sign * digits(text, at + 3, at + 5));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release that matters once reading has ended
            }
        }
    }

    /** Second stage: per-day sums turned into validated days. */
    private static final class Days {
        final Map<LocalDate, double[]> resting = new TreeMap<>();
        final Map<LocalDate, double[]> sdnn = new TreeMap<>();
        final SleepNights sleep = new SleepNights();

        int emit(Consumer<WellnessDay> sink) {
            Map<LocalDate, Sleep> nights = sleep.nights();
            TreeSet<LocalDate> dates = new TreeSet<>(resting.keySet());
            dates.addAll(sdnn.keySet());
            dates.addAll(nights.keySet());
            int emitted = 0;
            for (LocalDate date : dates) {
                WellnessDay day = WellnessDay.on(date);
                double[] rate = resting.get(date);
                if (rate != null) {
                    int bpm = (int) Math.round(rate[0] / rate[1]);
                    if (bpm >= RestingHeartRate.MIN_BPM && bpm <= RestingHeartRate.MAX_BPM) {
                        day = day.withRestingHeartRate(new RestingHeartRate(bpm), WellnessSource.APPLE_HEALTH);
                    }
                }
                double[] variability = sdnn.get(date);
                if (variability != null) {
                    double mean = variability[0] / variability[1];
                    if (mean > 0 && mean <= 500) {
                        day = day.withSdnn(new Sdnn(mean), WellnessSource.APPLE_HEALTH);
                    }
                }
                if (nights.containsKey(date)) {
                    day = day.withSleep(nights.get(date), WellnessSource.APPLE_HEALTH);
                }
                if (!day.isEmpty()) {
                    sink.accept(day);
                    emitted++;
                }
            }
            return emitted;
        }
    }
}
