package org.restwise.store;

import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;

/** A journal holds health data: its folder and files are created for their owner only, as backups are. */
class PrivateJournalFileTest {

    @TempDir
    Path dir;

    @BeforeEach
    void onlyWherePermissionsExist() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewJournalsFolderDatabaseAndWriteAheadFilesAreReadableByTheirOwnerOnly() throws Exception {
        Path home = dir.resolve("home").resolve(".restwise");
        JournalStore store = JournalStore.open(JournalStore.sqliteUrlIn(home));
        store.write(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().save(JournalStoreContract.fullCheckIn(ContentionContract.DAY), Decision.MOVE,
                LimiterState.STALE_LEGS, List.of(), List.of(), "{}"));

        assertThat(permissions(home)).isEqualTo("rwx------");
        assertThat(permissions(home.getParent())).isEqualTo("rwx------");
        assertThat(permissions(home.resolve("restwise.db"))).isEqualTo("rw-------");
        assertThat(permissions(home.resolve("restwise.db-wal"))).isEqualTo("rw-------");
        assertThat(permissions(home.resolve("restwise.db-shm"))).isEqualTo("rw-------");
    }

    @Test
    void anExistingFolderKeepsThePermissionsItsOwnerGaveIt() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));

        JournalStore.open(JournalStore.sqliteUrlIn(shared));

        assertThat(permissions(shared)).isEqualTo("rwxr-x---");
        assertThat(permissions(shared.resolve("restwise.db"))).isEqualTo("rw-------");
    }
}
