package org.restwise.formats.wellness;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.restwise.core.body.WellnessDay;

/**
 * Reads body signals from what a runner points at: one wellness file of any format Restwise knows,
 * or a folder (a Garmin data export's {@code DI_CONNECT}, or any folder of such files). The format is
 * recognised from the content (the FIT header, the XML root, JSON, a CSV header with an app's column
 * names, RR lines); the name only decides when the content does not, so a misnamed file still reads
 * and a CSV that lacks an app's required column, but bears its name, is told which column.
 */
public final class WellnessFiles {

    private static final int SNIFF_BYTES = 8192;
    /** In a folder, the files a Garmin export keeps wellness in, and any file with a wellness name. */
    private static final Pattern FOLDER_NAMES = Pattern.compile(
            ".*_(sleepData|healthStatusData)\\.json|UDSFile_.*\\.json|.*\\.(fit|hrm)|export\\.xml|physiological_cycles\\.csv",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ZoneId zone;
    private final LongConsumer bytesRead;

    /**
     * @param zone      the athlete's zone, for files that give UTC only (FIT) or no date at all (an RR
     *                  list, dated by the file's modification time)
     * @param bytesRead told the bytes read so far of a large file (Apple Health), for a progress bar
     */
    public WellnessFiles(ZoneId zone, LongConsumer bytesRead) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.bytesRead = Objects.requireNonNull(bytesRead, "bytesRead");
    }

    public WellnessFiles(ZoneId zone) {
        this(zone, bytes -> { });
    }

    /** Reads a file or folder, handing each file's days or the reason it gave none to {@code sink}. */
    public void read(Path path, Consumer<WellnessOutcome> sink) {
        if (Files.isDirectory(path)) {
            readFolder(path, sink);
            return;
        }
        String source = path.toString();
        if (!Files.isRegularFile(path)) {
            sink.accept(new WellnessOutcome.Failed(source, "No such file."));
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            LocalDate modified = Files.getLastModifiedTime(path).toInstant().atZone(zone).toLocalDate();
            sink.accept(readOne(in, source, path.getFileName().toString(), modified));
        } catch (IOException e) {
            sink.accept(new WellnessOutcome.Failed(source, "The file could not be read: " + Reasons.firstLine(e.getMessage()) + "."));
        }
    }

    /**
     * Reads one file from a stream. {@code day} dates a file that does not date itself (an RR list).
     * Never throws for what the file holds: the outcome says it.
     */
    public WellnessOutcome readOne(InputStream raw, String source, String fileName, LocalDate day) {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES * 2);
        List<WellnessDay> days = new ArrayList<>();
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            WellnessFormat format = detect(fileName, head, source);
            reader(format, day).read(in, source, days::add);
            return new WellnessOutcome.Read(source, format, days);
        } catch (UnreadableWellnessException e) {
            return WellnessOutcome.Failed.of(e);
        } catch (IOException e) {
            return new WellnessOutcome.Failed(source, "The file could not be read: " + Reasons.firstLine(e.getMessage()) + ".");
        }
    }

    WellnessReader reader(WellnessFormat format, LocalDate day) {
        return switch (format) {
            case FIT -> new FitWellnessReader(zone);
            case POLAR_SENSOR_LOGGER -> new PolarSensorLoggerReader();
            case POLAR_HRM -> new PolarHrmReader();
            case RR_LIST -> new RrListReader(day);
            case GARMIN_JSON -> new GarminConnectJsonReader();
            case APPLE_HEALTH -> new AppleHealthReader(bytesRead);
            case HRV4TRAINING_CSV -> WellnessCsvReader.hrv4Training();
            case INTERVALS_ICU_CSV -> WellnessCsvReader.intervalsIcu();
            case WHOOP_CSV -> WellnessCsvReader.whoop();
            case OURA_CSV -> WellnessCsvReader.oura();
        };
    }

    /** Which format the file is, from its first bytes and then its name; refuses in one sentence. */
    public static WellnessFormat detect(String fileName, byte[] head, String source) throws UnreadableWellnessException {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (head.length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return WellnessFormat.FIT;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new UnreadableWellnessException(source, "The file is a zip archive; unzip it and give Restwise the"
                    + " folder (for a Garmin export, its DI_CONNECT folder).");
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("<")) {
            if (start.contains("<HealthData")) {
                return WellnessFormat.APPLE_HEALTH;
            }
            throw new UnreadableWellnessException(source, "The file is XML but not an Apple Health export (GPX and TCX"
                    + " files are activities, read by import).");
        }
        if ((start.startsWith("[") && !start.startsWith("[Params]")) || start.startsWith("{")) {
            return WellnessFormat.GARMIN_JSON;
        }
        String firstLine = start.lines().findFirst().orElse("").strip();
        if (firstLine.startsWith("Phone timestamp;RR-interval")) {
            return WellnessFormat.POLAR_SENSOR_LOGGER;
        }
        if (firstLine.equals("[Params]")) {
            return WellnessFormat.POLAR_HRM;
        }
        Set<String> header = Arrays.stream(firstLine.split("[,;]")).map(c -> c.strip().replace("\"", ""))
                .collect(Collectors.toSet());
        if (header.contains(WhoopColumns.START)) {
            return WellnessFormat.WHOOP_CSV;
        }
        if (header.contains("rMSSD") && header.contains("date")) {
            return WellnessFormat.HRV4TRAINING_CSV;
        }
        if (header.contains("id") && (header.contains("restingHR") || header.contains("hrv") || header.contains("hrvSDNN")
                || header.contains("sleepSecs") || header.contains("sleepScore"))) {
            return WellnessFormat.INTERVALS_ICU_CSV;
        }
        if (header.contains("day") && (header.contains("average_hrv") || header.contains("lowest_heart_rate")
                || header.contains("total_sleep_duration"))) {
            return WellnessFormat.OURA_CSV;
        }
        if (!firstLine.isEmpty() && Numbers.parse(firstLine) != null) {
            return WellnessFormat.RR_LIST;
        }
        return byName(name).orElseThrow(() -> new UnreadableWellnessException(source, "Restwise does not recognise"
                + " this as a wellness file (FIT, Polar RR or .hrm, an RR list, Garmin JSON, Apple Health export.xml,"
                + " or the CSV of HRV4Training, intervals.icu, WHOOP or Oura)."));
    }

    private static java.util.Optional<WellnessFormat> byName(String name) {
        WellnessFormat format = null;
        if (name.endsWith(".fit")) {
            format = WellnessFormat.FIT;
        } else if (name.endsWith(".hrm")) {
            format = WellnessFormat.POLAR_HRM;
        } else if (name.endsWith(".json")) {
            format = WellnessFormat.GARMIN_JSON;
        } else if (name.endsWith(".xml")) {
            format = WellnessFormat.APPLE_HEALTH;
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (name.contains("physiological_cycles") || name.contains("whoop")) {
                format = WellnessFormat.WHOOP_CSV;
            } else if (name.contains("hrv4training")) {
                format = WellnessFormat.HRV4TRAINING_CSV;
            } else if (name.contains("intervals") || name.contains("wellness")) {
                format = WellnessFormat.INTERVALS_ICU_CSV;
            } else if (name.contains("oura")) {
                format = WellnessFormat.OURA_CSV;
            }
        }
        return java.util.Optional.ofNullable(format);
    }

    /** True for a file name a folder's wellness is read from (see {@link #read} on a folder). */
    public static boolean takesFromFolder(String fileName) {
        return FOLDER_NAMES.matcher(fileName).matches();
    }

    private void readFolder(Path folder, Consumer<WellnessOutcome> sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> FOLDER_NAMES.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | RuntimeException e) {
            sink.accept(new WellnessOutcome.Failed(folder.toString(), "The folder could not be listed: "
                    + Reasons.firstLine(e.getMessage()) + "."));
            return;
        }
        if (files.isEmpty()) {
            sink.accept(new WellnessOutcome.Failed(folder.toString(), "The folder holds no wellness files (for a Garmin"
                    + " export: DI_CONNECT/DI-Connect-Wellness/*_sleepData.json and the like)."));
            return;
        }
        for (Path file : files) {
            read(file, sink);
        }
    }
}
