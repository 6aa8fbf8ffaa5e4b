package org.restwise.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.restwise.app.journal.ActivityImporter;
import org.restwise.app.journal.ImportSummary;
import org.restwise.formats.ActivityFiles;
import org.restwise.formats.ReadActivity;
import org.restwise.formats.ReadOutcome;
import org.restwise.store.JournalStore;

/**
 * Imports the files of a multipart upload ({@code POST /api/activities} and the Activities form) with
 * the importer {@code restwise import} uses. Jetty streams the parts to disk; each is copied to a file
 * named as the runner's file (the readers tell an export zip by its name), read, and deleted, so an
 * upload never sits in memory and leaves nothing behind.
 */
final class ActivityUploads {

    /** Parts larger than this go to a temporary file instead of memory. */
    static final int IN_MEMORY_PART_BYTES = 64 * 1024;

    private final JournalStore journal;
    private final Clock clock;
    private final long maxUploadBytes;

    ActivityUploads(JournalStore journal, Clock clock, long maxUploadBytes) {
        this.journal = journal;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
    }

    long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** A size for people: "200 MiB". */
    static String mebibytes(long bytes) {
        long mib = bytes / (1024 * 1024);
        return mib >= 1 ? mib + " MiB" : bytes / 1024 + " KiB";
    }

    /**
     * Refuses what is not an upload, or too large to be one, before a byte of it is read: 415 for
     * anything but {@code multipart/form-data}, 413 when the declared length is over the limit.
     */
    void check(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            String type = ctx.contentType();
            throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send the activity files as multipart/form-data" + (type == null ? "" : ", not " + type));
        }
        if (ctx.contentLength() > maxUploadBytes) {
            throw tooLarge();
        }
    }

    ApiError tooLarge() {
        return new ApiError(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than " + mebibytes(maxUploadBytes)
                + "; send fewer files at a time (an export zip can be split)");
    }

    /** Imports every file part of the request; a file that does not read is a skip with its reason. */
    ImportSummary importFrom(Context ctx) {
        check(ctx);
        List<UploadedFile> files = uploadedFiles(ctx);
        if (files.stream().allMatch(f -> f.filename() == null || f.filename().isBlank())) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "no files in the upload: send them as parts named \"files\"");
        }
        boolean asRecovery = asRecovery(ctx);
        Optional<Integer> maxHeartRate = journal.read(j -> j.profile().find().flatMap(p -> p.athlete().maxHeartRate()));
        ActivityImporter importer = new ActivityImporter(journal, clock.getZone(), asRecovery, maxHeartRate);
        ImportSummary summary = new ImportSummary();
        Path folder = temporaryFolder();
        try {
            ActivityFiles reader = new ActivityFiles();
            int n = 0;
            for (UploadedFile file : files) {
                String name = fileName(file.filename());
                Path copy = Files.createDirectories(folder.resolve(Integer.toString(++n))).resolve(name);
                try (InputStream in = file.content()) {
                    Files.copy(in, copy);
                }
                reader.read(copy, renamed(copy.toString(), name, outcome -> summary.accept(importer.importOne(outcome))));
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload in " + folder, e);
        } finally {
            deleteQuietly(folder);
        }
        return summary;
    }

    private List<UploadedFile> uploadedFiles(Context ctx) {
        try {
            return ctx.uploadedFiles();
        } catch (RuntimeException e) {
            // Jetty stops reading at the multipart limit (an upload without a declared length gets this far).
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("size")) {
                throw tooLarge();
            }
            throw new ApiError(HttpStatus.BAD_REQUEST, "the upload is not readable multipart/form-data");
        }
    }

    /** The form's "these were recovery sessions" box, as strictly as every form's boxes. */
    private static boolean asRecovery(Context ctx) {
        Form.requireOnce(ctx.formParamMap(), List.of("recovery"));
        String given = ctx.formParam("recovery");
        return given != null && Form.ticked("recovery", given);
    }

    /** The runner's own file name, without any folder a browser or client sent along. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return name.isEmpty() || name.startsWith(".") ? "upload" + name : name;
    }

    /** The summary and the journal name the runner's file, not the temporary copy. */
    private static Consumer<ReadOutcome> renamed(String copy, String name, Consumer<ReadOutcome> sink) {
        return outcome -> {
            if (outcome instanceof ReadOutcome.Read read) {
                ReadActivity a = read.activity();
                sink.accept(new ReadOutcome.Read(new ReadActivity(rename(a.source(), copy, name), a.format(), a.activity())));
            } else {
                ReadOutcome.Failed failed = (ReadOutcome.Failed) outcome;
                sink.accept(new ReadOutcome.Failed(rename(failed.source(), copy, name), failed.reason().replace(copy, name)));
            }
        };
    }

    private static String rename(String source, String copy, String name) {
        return source.startsWith(copy) ? name + source.substring(copy.length()) : source;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("restwise-upload");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the upload", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // Nothing to keep: a leftover in the temporary folder is cleaned by the system.
        }
    }
}
