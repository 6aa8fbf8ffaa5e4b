package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where uploads wait on disk, and what a server killed with -9 during one leaves for the next start. */
class UploadFolderTest {

    /** Above Linux's largest process id (2^22): no process has it, ever. */
    private static final String DEAD_PROCESS = "999999999";

    @TempDir
    Path root;

    /** Jetty removes a request's part files just after the answer is sent: wait for that. */
    static boolean emptiedWithinSeconds(Path folder, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 20; i++) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.findAny().isEmpty()) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.sleep(50);
        }
        return false;
    }

    private Path leftover(String process) throws IOException {
        Path upload = Files.createDirectories(root.resolve(process).resolve("upload123").resolve("1"));
        return Files.write(upload.resolve("upload.zip"), new byte[30 * 1024]);
    }

    @Test
    void whatADeadServerLeftIsRemovedAtTheNextStart() throws Exception {
        Path left = leftover(DEAD_PROCESS);
        Path jettyPart = Files.write(root.resolve(DEAD_PROCESS).resolve("MultiPart123.multipart"), new byte[1024]);

        UploadFolder.prepare(root);

        assertThat(left).doesNotExist();
        assertThat(jettyPart).doesNotExist();
        assertThat(root.resolve(DEAD_PROCESS)).doesNotExist();
    }

    @Test
    void aServerStillRunningKeepsItsUploads() throws Exception {
        Path mine = leftover(Long.toString(ProcessHandle.current().pid()));
        Path parent = leftover(Long.toString(ProcessHandle.current().parent().orElseThrow().pid()));

        UploadFolder.prepare(root);

        assertThat(mine).exists();
        assertThat(parent).exists();
    }

    @Test
    void whatIsNotAServersFolderIsLeftAlone() throws Exception {
        Path other = Files.writeString(root.resolve("notes.txt"), "mine");
        Path folder = Files.createDirectories(root.resolve("photos"));

        UploadFolder.prepare(root);

        assertThat(other).exists();
        assertThat(folder).exists();
    }

    @Test
    void eachUploadGetsItsOwnFolderInThisProcessesFolderPrivateToTheUser() throws Exception {
        UploadFolder folder = UploadFolder.prepare(root.resolve("uploads"));

        Path upload = folder.newUpload();

        assertThat(upload.getParent()).isEqualTo(root.resolve("uploads").resolve(Long.toString(ProcessHandle.current().pid())));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("uploads")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aLinkPlantedInPlaceOfTheFolderIsRefused() throws Exception {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve(DEAD_PROCESS));
        Path link = Files.createSymbolicLink(root.resolve("uploads"), elsewhere);

        assertThatThrownBy(() -> UploadFolder.prepare(link)).hasMessageContaining("it is a link, not a folder");
        assertThat(elsewhere.resolve(DEAD_PROCESS)).exists();
    }

    @Test
    void startingTheWebAppCleansTheSharedUploadFolder() throws Exception {
        Path shared = UploadFolder.inTemporaryFolder().processFolder().getParent();
        Path left = Files.createDirectories(shared.resolve(DEAD_PROCESS).resolve("upload1"));

        try (RunningWebApp web = new RunningWebApp()) {
            assertThat(left).doesNotExist();
            assertThat(web.get("/").statusCode()).isEqualTo(200);
        }
    }
}
