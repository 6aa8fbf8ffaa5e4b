package org.restwise.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a long import: activities done, rate and time left. On a terminal it redraws
 * one line; elsewhere (a log, a pipe, a test) it writes a plain ASCII line every few seconds, since
 * carriage returns and colour codes would only clutter a file.
 */
final class ImportProgress implements AutoCloseable {

    /** Below this many files an import takes seconds and a bar would only flicker. */
    static final int LONG_IMPORT_FILES = 20;
    private static final int LINE_INTERVAL_MS = 5_000;

    /** A wellness file this large (an Apple Health export) gets its own bar, in megabytes. */
    static final long LONG_READ_BYTES = 32L * 1024 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    private final ProgressBar bar;
    private final boolean wanted;
    private final PrintWriter err;
    private ProgressBar bytesBar;
    private long bytesBefore;
    private long bytesOfFile;

    private ImportProgress(ProgressBar bar) {
        this(bar, false, null);
    }

    private ImportProgress(ProgressBar bar, boolean wanted, PrintWriter err) {
        this.bar = bar;
        this.wanted = wanted;
        this.err = err;
    }

    /**
     * Told the bytes read so far of the file being read; a long read (gigabytes of Apple Health)
     * shows its megabytes and rate, so a runner sees it is moving.
     */
    void bytesRead(long soFar) {
        if (soFar < bytesOfFile) {
            bytesBefore += bytesOfFile;
        }
        bytesOfFile = soFar;
        long total = bytesBefore + soFar;
        if (bytesBar == null && wanted && total >= LONG_READ_BYTES) {
            bytesBar = builder("Reading", -1, " MB", MEGABYTE).build();
        }
        if (bytesBar != null) {
            bytesBar.stepTo(total);
        }
    }

    /** A bar when the import looks long (or its size cannot be told cheaply), else one that shows nothing. */
    static ImportProgress start(List<Path> paths, PrintWriter err, boolean wanted) {
        if (!wanted) {
            return new ImportProgress(null);
        }
        OptionalLong total = estimate(paths);
        if (total.isPresent() && total.getAsLong() < LONG_IMPORT_FILES) {
            return new ImportProgress(null, true, err);
        }
        ImportProgress progress = new ImportProgress(null, true, err);
        return new ImportProgress(progress.builder("Importing", total.orElse(-1), " activities", 1).build(), true, err);
    }

    private ProgressBarBuilder builder(String task, long max, String unit, long unitSize) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setUnit(unit, unitSize)
                .showSpeed();
        if (System.console() == null) {
            builder.setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(LINE_INTERVAL_MS)
                    .setConsumer(new DelegatingProgressBarConsumer(new LinePrinter(err)::print));
        }
        return builder;
    }

    void step() {
        if (bar != null) {
            bar.step();
            if (bar.getMax() >= 0 && bar.getCurrent() > bar.getMax()) {
                bar.maxHint(bar.getCurrent());
            }
        }
    }

    @Override
    public void close() {
        if (bytesBar != null) {
            bytesBar.refresh();
            bytesBar.close();
        }
        if (bar != null) {
            // Without a last refresh the final count is never drawn (progressbar 0.10).
            bar.refresh();
            bar.close();
        }
    }

    /**
     * Activity files under the paths, from directory listings and zip central directories (no
     * inflating). Empty when an archive holds zips inside (a Garmin export): their count would mean
     * reading them.
     */
    static OptionalLong estimate(List<Path> paths) {
        long count = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> files = walk.filter(Files::isRegularFile).toList();
                    for (Path file : files) {
                        OptionalLong inFile = countFile(file);
                        if (inFile.isEmpty()) {
                            return inFile;
                        }
                        count += inFile.getAsLong();
                    }
                } catch (IOException | UncheckedIOException e) {
                    return OptionalLong.empty();
                }
            } else {
                OptionalLong inFile = countFile(path);
                if (inFile.isEmpty()) {
                    return inFile;
                }
                count += inFile.getAsLong();
            }
        }
        return OptionalLong.of(count);
    }

    private static OptionalLong countFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".zip")) {
            return OptionalLong.of(isActivityName(name) ? 1 : 0);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long activities = 0;
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                if (entry.endsWith(".zip")) {
                    return OptionalLong.empty();
                }
                activities += isActivityName(entry) ? 1 : 0;
            }
            return OptionalLong.of(activities);
        } catch (IOException e) {
            return OptionalLong.of(1); // the reader will report it; it counts as one skip
        }
    }

    private static boolean isActivityName(String name) {
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return bare.endsWith(".gpx") || bare.endsWith(".tcx") || bare.endsWith(".fit");
    }

    /** Prints whole progress lines, skipping a repeat of the last one (the final refresh and close both draw). */
    private static final class LinePrinter {
        private final PrintWriter err;
        private String last = "";

        LinePrinter(PrintWriter err) {
            this.err = err;
        }

        void print(String line) {
            String stripped = line.strip();
            if (!stripped.equals(last)) {
                err.println(stripped);
                err.flush();
                last = stripped;
            }
        }
    }
}
