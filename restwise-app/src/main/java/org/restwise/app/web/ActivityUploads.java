package org.restwise.app.web;

import org.restwise.app.journal.BodyImporter;
import org.restwise.app.journal.JournalFiles;
import org.restwise.formats.wellness.WellnessFiles;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.restwise.app.journal.ActivityImporter;
import org.restwise.app.journal.ImportSummary;
import org.restwise.app.json.InputFieldException;
import org.restwise.formats.ReadOutcome;
import org.restwise.app.access.Journals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the files of a multipart upload ({@code POST /api/activities} and the Activities form) with
 * the importer {@code restwise import} uses. Jetty streams the parts to disk in the {@link UploadFolder};
 * each is copied to a file with the runner's extension (the readers tell an export zip by its name),
 * read, and deleted, so an upload never sits in memory and leaves nothing behind.
 */
final class ActivityUploads {

    /**
     * Parts larger than this go to a temporary file instead of memory: small, since Jetty keeps up
     * to {@link MultipartRefusal#MAX_PARTS} of them per request.
     */
    static final int IN_MEMORY_PART_BYTES = 8 * 1024;
    /** The longest file name a file system keeps; a longer one was never a file's name. */
    static final int MAX_FILE_NAME_CHARS = 255;

    /** Reads one stored upload into outcomes: the readers of {@code restwise import}, or a stand-in in tests. */
    interface Reader {
        void read(Path file, Consumer<ReadOutcome> sink);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ActivityUploads.class);
    private static final Pattern EXTENSION = Pattern.compile("(\\.(gpx|tcx|fit)(\\.gz)?|\\.zip|\\.gz|\\.(xml|json|csv|hrm|txt))$",
            Pattern.CASE_INSENSITIVE);

    private final Journals journals;
    private final Clock clock;
    private final long maxUploadBytes;
    private final UploadFolder folder;
    private final Supplier<Reader> readers;

    ActivityUploads(Journals journals, Clock clock, long maxUploadBytes, UploadFolder folder, Supplier<Reader> readers) {
        this.journals = journals;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        this.folder = folder;
        this.readers = readers;
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

    /**
     * Imports every file part of the request; a file that does not read is a skip with its reason.
     * The upload is refused whole, before anything is imported, when a part or a file name is not
     * what a browser sends.
     */
    ImportSummary importFrom(Context ctx) {
        // Whose journal comes first: nobody who may not write one gets as far as reading an upload.
        Asking.ownJournal(journals, ctx);
        check(ctx);
        List<UploadedFile> files = uploadedFiles(ctx);
        if (files.stream().allMatch(f -> f.filename() == null || f.filename().isBlank())) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "no files in the upload: send them as parts named \"files\"");
        }
        files.forEach(f -> requireFileName(f.filename()));
        boolean asRecovery = asRecovery(ctx);
        ActivityImporter importer = new ActivityImporter(Asking.ownJournal(journals, ctx), clock.getZone(), asRecovery);
        BodyImporter bodyImporter = new BodyImporter(Asking.ownJournal(journals, ctx), clock);
        ImportSummary summary = new ImportSummary();
        Path upload = folder.newUpload();
        String reading = "";
        try {
            Reader reader = readers.get();
            JournalFiles journalFiles = new JournalFiles(reader::read, new WellnessFiles(clock.getZone()), importer, bodyImporter);
            int n = 0;
            for (UploadedFile file : files) {
                String name = fileName(file.filename());
                reading = name;
                Path copy = Files.createDirectories(upload.resolve(Integer.toString(++n))).resolve(copyName(name));
                try (InputStream in = file.content()) {
                    Files.copy(in, copy);
                }
                String copied = copy.toString();
                journalFiles.importPath(copy, summary, shown -> shown.replace(copied, name), () -> { });
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload in " + upload, e);
        } catch (OutOfMemoryError e) {
            // Caught here only, where what ran out is known to be this upload's: the reader's
            // buffers are unreachable once the stack has unwound to here, so the server goes on
            // serving the others; the files read before this one are imported and stay.
            throw outOfMemory(reading, summary);
        } finally {
            UploadFolder.deleteQuietly(upload);
        }
        return summary;
    }

    private static ApiError outOfMemory(String file, ImportSummary summary) {
        LOG.warn("an upload ran out of memory while reading {}", file);
        int before = summary.imported().size() + summary.alreadyThere().size() + summary.skipped().size();
        return new ApiError(HttpStatus.CONTENT_TOO_LARGE, file + " needs more memory to read than this server has,"
                + " so nothing of it was imported" + (before == 0 ? "" : " (the files before it were read)")
                + "; try again when the server is less busy, or import it with restwise import");
    }

    private List<UploadedFile> uploadedFiles(Context ctx) {
        try {
            return ctx.uploadedFiles();
        } catch (Exception e) {
            // Jetty throws a checked ServletException here (through Kotlin, undeclared); nothing of
            // the upload was read, so it is refused whole. Jetty then closes the connection with the
            // rest of the body unread: saying so keeps a client from sending its next request there.
            ctx.header("Connection", "close");
            throw MultipartRefusal.of(e, this::tooLarge);
        }
    }

    /** The form's "these were recovery sessions" box, as strictly as every form's boxes. */
    private static boolean asRecovery(Context ctx) {
        Form.requireOnce(ctx.formParamMap(), List.of("recovery"));
        String given = ctx.formParam("recovery");
        return given != null && Form.ticked("recovery", given);
    }

    /** Refuses a name no file has: a control character in it (NUL, a newline, ESC), or over 255 characters. */
    static void requireFileName(String given) {
        if (given == null) {
            return;
        }
        given.codePoints().filter(c -> Character.isISOControl(c)).findFirst().ifPresent(c -> {
            throw new InputFieldException("files", String.format(Locale.ROOT,
                    "a file name holds the control character U+%04X; rename the file", c));
        });
        if (given.length() > MAX_FILE_NAME_CHARS) {
            throw new InputFieldException("files", "a file name is " + given.length() + " characters long, more than the "
                    + MAX_FILE_NAME_CHARS + " a file system keeps; rename the file");
        }
    }

    /** The runner's own file name, without any folder a browser or client sent along. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return name.isEmpty() || name.startsWith(".") ? "upload" + name : name;
    }

    /** The copy on disk keeps only the extension the readers go by: any name a runner gives fits the file system. */
    static String copyName(String name) {
        Matcher extension = EXTENSION.matcher(name);
        return "upload" + (extension.find() ? extension.group(1).toLowerCase(Locale.ROOT) : "");
    }
}
