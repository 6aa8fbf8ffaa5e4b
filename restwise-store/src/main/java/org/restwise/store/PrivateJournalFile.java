package org.restwise.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Creates an SQLite journal's folder and file readable by their owner only (0700 and 0600 where
 * the file system has POSIX permissions), as {@code export} writes its backups: a journal holds
 * health data. SQLite gives the {@code -wal} and {@code -shm} files the permissions of the
 * database file, so they are private too. A folder or file that already exists is left as it is.
 */
final class PrivateJournalFile {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateJournalFile() {
    }

    /** Prepares {@code file} (a path from a {@code jdbc:sqlite:} URL); in-memory and URI forms are left to SQLite. */
    static void prepare(String file) {
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path path = Path.of(file).toAbsolutePath();
        createFolder(path.getParent());
        createFile(path);
    }

    private static void createFolder(Path folder) {
        try {
            if (POSIX) {
                Files.createDirectories(folder, attribute("rwx------"));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new JournalException("cannot create the journal's directory " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An empty file is a valid new SQLite database, so creating it first decides its permissions. */
    private static void createFile(Path path) {
        if (!POSIX || Files.exists(path)) {
            return;
        }
        try {
            Files.createFile(path, attribute("rw-------"));
        } catch (FileAlreadyExistsException e) {
            // Another process created it between the check and here: it decided, and that is fine.
        } catch (IOException e) {
            throw new JournalException("cannot create the journal " + path + ": " + e.getMessage(), e);
        }
    }

    private static FileAttribute<?> attribute(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
