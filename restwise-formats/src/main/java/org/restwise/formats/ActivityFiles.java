package org.restwise.formats;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.restwise.core.activity.ActivityAnalyzer;
import org.restwise.core.activity.ActivityMeasurer;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.DeviceTotals;
import org.restwise.core.activity.MeasuredActivity;
import org.restwise.core.activity.SampleColumns;
import org.restwise.core.activity.Sport;
import org.restwise.core.activity.TrackSink;

/**
 * Reads activities from what a runner points at: a GPX, TCX or FIT file (each possibly gzipped), a
 * directory of them, or an export archive (a Strava bulk export with {@code activities.csv}, or a
 * Garmin export whose activity files sit in zips inside the zip). Each outcome is handed on as soon
 * as it is read, so memory holds one activity at a time however large the archive.
 *
 * <p>Each activity is measured while it is read ({@link ActivityAnalyzer#measurer()}): its points are
 * never all in memory, so a file of any length is read in the same memory.
 *
 * <p>The format is recognised from the content (gzip and zip magic, the FIT header, the XML root),
 * the file name only breaks ties, so a misnamed file still reads.
 */
public final class ActivityFiles {

    /** Whole names (matched entire); DOTALL so that a name with a newline in it is read like any other. */
    private static final Pattern ACTIVITY_NAME =
            Pattern.compile(".*\\.(gpx|tcx|fit)(\\.gz)?|.*\\.zip", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern XML_ROOT =
            Pattern.compile("<([A-Za-z0-9_.-]+:)?(gpx|TrainingCenterDatabase)[\\s>/]");
    private static final int SNIFF_BYTES = 8192;
    private static final int MAX_NESTING = 2;

    private final ArchiveLimits limits;
    private final Supplier<ActivityMeasurer> measurers;
    private final GpxReader gpx = new GpxReader();
    private final TcxReader tcx = new TcxReader();
    private final FitReader fit = new FitReader();

    /** Measures each activity and draws its chart profile, as an import keeps it. */
    public ActivityFiles() {
        this(ArchiveLimits.DEFAULT);
    }

    public ActivityFiles(ArchiveLimits limits) {
        this(limits, () -> ActivityAnalyzer.standard().measurerWithProfile(ActivityProfile.DEFAULT_POINTS));
    }

    /**
     * @param measurers a fresh measurer for each activity (a file read twice gets a fresh one each time)
     */
    public ActivityFiles(ArchiveLimits limits, Supplier<ActivityMeasurer> measurers) {
        this.limits = limits;
        this.measurers = measurers;
    }

    /** Measures each activity without a chart profile: what {@code analyze} prints. */
    public static ActivityFiles summariesOnly() {
        return new ActivityFiles(ArchiveLimits.DEFAULT, () -> ActivityAnalyzer.standard().measurer());
    }

    /** True for a name this reader takes from a folder: a GPX, TCX or FIT file, gzipped or not, or a zip. */
    public static boolean takesFromFolder(String fileName) {
        return ACTIVITY_NAME.matcher(fileName).matches();
    }

    /** Reads a file, directory or archive, handing every activity or failure to {@code sink}. */
    public void read(Path path, Consumer<ReadOutcome> sink) {
        String source = path.toString();
        if (Files.isDirectory(path)) {
            readDirectory(path, sink);
        } else if (!Files.isRegularFile(path)) {
            sink.accept(new ReadOutcome.Failed(source, "No such file."));
        } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            readZipFile(path, sink);
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                readAny(in, source, sink, new InflationGuard.Budget(limits.maxTotalBytes()), 0, path, Sport.UNKNOWN);
            } catch (IOException e) {
                sink.accept(new ReadOutcome.Failed(source, "The file could not be read: " + e.getMessage() + "."));
            }
        }
    }

    /** Reads exactly one activity file (not an archive) from a stream. */
    public ReadActivity readOne(InputStream in, String source) throws UnreadableActivityException {
        return readSingle(new BufferedInputStream(in, SNIFF_BYTES * 2), source,
                new InflationGuard.Budget(limits.maxTotalBytes()), 0, null, Sport.UNKNOWN);
    }

    private void readDirectory(Path directory, Consumer<ReadOutcome> sink) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> ACTIVITY_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | RuntimeException e) {
            sink.accept(new ReadOutcome.Failed(directory.toString(), "The directory could not be listed: " + e.getMessage() + "."));
            return;
        }
        for (Path file : files) {
            read(file, sink);
        }
    }

    private void readZipFile(Path path, Consumer<ReadOutcome> sink) {
        String archive = path.toString();
        InflationGuard.Budget budget = new InflationGuard.Budget(limits.maxTotalBytes());
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Map<String, Sport> stravaSports = Map.of();
            ZipEntry csv = zip.getEntry("activities.csv");
            if (csv != null) {
                try (InputStream in = guard(zip.getInputStream(csv), csv.getCompressedSize(), budget)) {
                    stravaSports = StravaActivitiesCsv.sportsByFile(in);
                }
            }
            int entries = 0;
            int[] outcomes = {0};
            Consumer<ReadOutcome> counted = outcome -> {
                outcomes[0]++;
                sink.accept(outcome);
            };
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory() || !ACTIVITY_NAME.matcher(entry.getName()).matches()) {
                    continue;
                }
                if (++entries > limits.maxEntries()) {
                    sink.accept(new ReadOutcome.Failed(archive, "The archive holds more than " + limits.maxEntries()
                            + " activity files; reading stopped there."));
                    return;
                }
                String source = archive + "!" + entry.getName();
                Sport sport = stravaSports.getOrDefault(entry.getName(), Sport.UNKNOWN);
                try (InputStream in = guard(zip.getInputStream(entry), entry.getCompressedSize(), budget)) {
                    readAny(in, source, counted, budget, 1, null, sport);
                }
                if (budget.exhausted()) {
                    sink.accept(new ReadOutcome.Failed(archive, "The archive expands to more than "
                            + limits.maxTotalBytes() / (1024 * 1024) + " MB in total; reading stopped there."));
                    return;
                }
            }
            if (outcomes[0] == 0) {
                // Said, not silent: an export with nothing in it is usually the wrong zip.
                sink.accept(new ReadOutcome.Failed(archive, "The archive holds no GPX, TCX or FIT activity files."));
            }
        } catch (ZipException e) {
            sink.accept(new ReadOutcome.Failed(archive, "The file is not a readable zip archive: " + e.getMessage() + "."));
        } catch (IOException | RuntimeException e) {
            sink.accept(new ReadOutcome.Failed(archive, "The archive could not be read: " + e.getMessage() + "."));
        }
    }

    /**
     * Reads a stream that may be an activity, a gzipped one, or (inside an archive) a nested zip.
     * {@code file} is the plain file the stream reads, if it is one: readers may open it again.
     * {@code knownSport} (from Strava's CSV) stands in when the file itself does not say.
     */
    private void readAny(InputStream raw, String source, Consumer<ReadOutcome> sink, InflationGuard.Budget budget,
                         int depth, Path file, Sport knownSport) {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES * 2);
        try {
            byte[] head = peek(in);
            if (isZip(head)) {
                if (depth == 0 || depth > MAX_NESTING) {
                    sink.accept(new ReadOutcome.Failed(source, depth == 0
                            ? "The file is a zip archive; give it a .zip name to read it as an export."
                            : "The archive nests zips too deeply to be an export."));
                    return;
                }
                readNestedZip(in, source, sink, budget, depth, knownSport);
                return;
            }
            sink.accept(new ReadOutcome.Read(readSingle(in, source, budget, depth, file, knownSport)));
        } catch (UnreadableActivityException e) {
            sink.accept(ReadOutcome.Failed.of(e));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Failed(source, reasonFor(e)));
        }
    }

    private void readNestedZip(InputStream in, String source, Consumer<ReadOutcome> sink,
                               InflationGuard.Budget budget, int depth, Sport knownSport) throws IOException {
        CountingStream counted = new CountingStream(in);
        ZipInputStream zip = new ZipInputStream(counted);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (entry.isDirectory() || !ACTIVITY_NAME.matcher(entry.getName()).matches()) {
                continue;
            }
            long startCount = counted.count;
            InputStream guarded = new InflationGuard(new NonClosing(zip), limits,
                    () -> counted.count - startCount, budget);
            readAny(guarded, source + "!" + entry.getName(), sink, budget, depth + 1, null, knownSport);
            if (budget.exhausted()) {
                return;
            }
        }
    }

    private ReadActivity readSingle(BufferedInputStream in, String source, InflationGuard.Budget budget, int depth,
                                    Path file, Sport knownSport) throws UnreadableActivityException {
        try {
            byte[] head = peek(in);
            String name = source.toLowerCase(Locale.ROOT);
            if (head.length == 0) {
                throw new UnreadableActivityException(source, "The file is empty (0 bytes).");
            }
            if (isGzip(head)) {
                if (depth > MAX_NESTING) {
                    throw new UnreadableActivityException(source, "The file is compressed too many times over.");
                }
                CountingStream counted = new CountingStream(in);
                InputStream gunzipped = guard(new GZIPInputStream(counted), counted, budget);
                return readSingle(new BufferedInputStream(gunzipped, SNIFF_BYTES * 2),
                        source, budget, depth + 1, null, knownSport);
            }
            ActivityFormat format = detect(head, name);
            if (format == null) {
                throw new UnreadableActivityException(source, "The file is not a GPX, TCX or FIT activity file.");
            }
            Supplier<TrackSink<MeasuredActivity>> sinks = () -> new SportWhenUnsaid(knownSport, measurers.get());
            MeasuredActivity activity = switch (format) {
                // A GPX file on disk can be read again, which its fast path needs (see GpxReader).
                case GPX -> file != null ? gpx.read(file, source, sinks) : gpx.read(in, source, sinks.get());
                case TCX -> tcx.read(in, source, sinks.get());
                case FIT -> fit.read(in, source, sinks.get());
            };
            return new ReadActivity(source, format, activity);
        } catch (UnreadableActivityException e) {
            InflationGuard.LimitExceeded limit = limitIn(e);
            if (limit != null) {
                throw new UnreadableActivityException(source, limit.getMessage(), e);
            }
            if (hasCause(e, EOFException.class) || hasCause(e, ZipException.class)) {
                throw new UnreadableActivityException(source, "The compressed file is truncated or corrupt.", e);
            }
            throw e;
        } catch (IOException e) {
            throw new UnreadableActivityException(source, reasonFor(e), e);
        }
    }

    private static ActivityFormat detect(byte[] head, String name) {
        if (head.length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return ActivityFormat.FIT;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        var root = XML_ROOT.matcher(text);
        if (root.find()) {
            return root.group(2).equals("gpx") ? ActivityFormat.GPX : ActivityFormat.TCX;
        }
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (bare.endsWith(".gpx")) {
            return ActivityFormat.GPX;
        }
        if (bare.endsWith(".tcx")) {
            return ActivityFormat.TCX;
        }
        if (bare.endsWith(".fit")) {
            return ActivityFormat.FIT;
        }
        return null;
    }

    private InputStream guard(InputStream inflated, long compressedSize, InflationGuard.Budget budget) {
        return new InflationGuard(inflated, limits, () -> compressedSize < 0 ? Long.MAX_VALUE : compressedSize, budget);
    }

    private InputStream guard(InputStream inflated, CountingStream compressed, InflationGuard.Budget budget) {
        return new InflationGuard(inflated, limits, () -> compressed.count, budget);
    }

    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES + 1);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static String reasonFor(IOException e) {
        if (e instanceof InflationGuard.LimitExceeded) {
            return e.getMessage();
        }
        if (e instanceof EOFException || e instanceof ZipException) {
            return "The compressed file is truncated or corrupt.";
        }
        return "The file could not be read: " + e.getMessage() + ".";
    }

    private static InflationGuard.LimitExceeded limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InflationGuard.LimitExceeded limit) {
                return limit;
            }
            if (t instanceof javax.xml.stream.XMLStreamException xml && xml.getNestedException() != null
                    && xml.getNestedException() != t.getCause()) {
                InflationGuard.LimitExceeded nested = limitIn(xml.getNestedException());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof javax.xml.stream.XMLStreamException xml && xml.getNestedException() != null
                    && xml.getNestedException() != t.getCause() && hasCause(xml.getNestedException(), type)) {
                return true;
            }
        }
        return false;
    }

    /** Gives the activity the sport from Strava's CSV when the file itself does not say one. */
    private record SportWhenUnsaid(Sport known, TrackSink<MeasuredActivity> measurer) implements TrackSink<MeasuredActivity> {
        @Override
        public void startSegment() {
            measurer.startSegment();
        }

        @Override
        public void points(SampleColumns chunk) {
            measurer.points(chunk);
        }

        @Override
        public void endSegment() {
            measurer.endSegment();
        }

        @Override
        public MeasuredActivity finish(Sport sport, DeviceTotals deviceTotals, boolean wallClockTimes) {
            return measurer.finish(sport == Sport.UNKNOWN ? known : sport, deviceTotals, wallClockTimes);
        }
    }

    /** Counts the compressed bytes a decompressor has consumed. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** Lets a reader close what it was given without closing the zip stream under it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The enclosing ZipInputStream moves on to its next entry instead.
        }
    }
}
