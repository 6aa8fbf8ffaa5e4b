package org.restwise.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where uploads wait on disk while they are read: one folder per server process, under
 * {@code <tmp>/restwise-uploads-<user>}. A server killed with -9 leaves its files behind in its own
 * folder, named by its process id; the next server to start removes the folders of processes that
 * are gone, and never those of a server still running beside it.
 */
final class UploadFolder {

    private final Path processFolder;

    private UploadFolder(Path processFolder) {
        this.processFolder = processFolder;
    }

    /** The folder under the system's temporary folder, stale leftovers removed. */
    static UploadFolder inTemporaryFolder() {
        String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return prepare(Path.of(System.getProperty("java.io.tmpdir")).resolve("restwise-uploads-" + user));
    }

    /** Creates {@code root} (private to this user) and this process's folder in it, after removing stale ones. */
    static UploadFolder prepare(Path root) {
        createPrivate(root);
        removeStale(root);
        Path mine = root.resolve(Long.toString(ProcessHandle.current().pid()));
        createPrivate(mine);
        return new UploadFolder(mine);
    }

    /** Where Jetty spools the parts of a request, and where each upload's copies go. */
    Path processFolder() {
        return processFolder;
    }

    /** A fresh folder for one upload's files, removed by the caller when the upload is done. */
    Path newUpload() {
        try {
            return Files.createTempDirectory(processFolder, "upload");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the upload in " + processFolder, e);
        }
    }

    /** Removes the folders of processes that no longer run; what does not look like ours is left alone. */
    static void removeStale(Path root) {
        List<Path> children;
        try (Stream<Path> list = Files.list(root)) {
            children = list.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the upload folder " + root, e);
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.matches("\\d{1,18}") && ProcessHandle.of(Long.parseLong(name)).map(p -> !p.isAlive()).orElse(true)) {
                deleteQuietly(child);
            }
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // What cannot be removed now is removed at the next start.
        }
    }

    /**
     * Uploads are the runner's data: the folder is this user's alone. A link planted in its place in
     * a shared temporary folder would send the uploads, and the clean-up, somewhere else: refused.
     */
    private static void createPrivate(Path folder) {
        try {
            if (Files.isSymbolicLink(folder)) {
                throw new IllegalStateException("cannot keep uploads in " + folder + ": it is a link, not a folder");
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder);
            }
            if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload folder " + folder, e);
        }
    }
}
