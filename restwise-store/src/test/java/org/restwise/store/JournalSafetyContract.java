package org.restwise.store;

import org.restwise.core.journal.SessionEntry;
import org.restwise.core.journal.SavedCheckIn;
import org.restwise.core.access.AthleteId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes against a real journal: one killed with SIGKILL in the middle of its writes, two
 * writing at the same moment. One subclass per database.
 */
abstract class JournalSafetyContract {

    @TempDir
    Path dir;

    abstract String freshUrl();

    /** Database-level integrity beyond row counts (SQLite's page check); nothing for a server database. */
    void assertIntegrity(String url) throws Exception {
    }

    private Process writer(String url, int number, int writes, Path stderr) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalWriterProcess.class.getName(), url, Integer.toString(number), Integer.toString(writes))
                .redirectError(stderr.toFile())
                .start();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aWriterKilledMidWriteLosesNothingCommittedAndLeavesNoHalfWrite() throws Exception {
        String url = freshUrl();
        JournalStore.open(url);
        Path stderr = dir.resolve("writer.err");
        Process process = writer(url, 1, 0, stderr);
        List<Integer> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < 25 && (line = out.readLine()) != null) {
                committed.add(Integer.parseInt(line.substring("committed ".length())));
            }
            process.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the writer
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(committed).as("writer output; stderr: %s", Files.readString(stderr)).hasSize(25);

        JournalStore reopened = JournalStore.open(url);
        int checkIns = reopened.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count());
        int sessions = reopened.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().count());

        assertThat(sessions).isEqualTo(checkIns * JournalWriterProcess.SESSIONS_PER_WRITE);
        assertThat(checkIns).isGreaterThanOrEqualTo(committed.size());
        List<SavedCheckIn> all = reopened.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().all());
        assertThat(all).extracting(c -> c.entry().checkIn().date())
                .containsAll(committed.stream().map(JournalWriterProcess.FIRST_DAY::plusDays).collect(Collectors.toList()));
        assertIntegrity(url);
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void twoProcessesWritingAtOnceBothSucceedAndEveryWriteIsKept() throws Exception {
        String url = freshUrl();
        JournalStore.open(url);
        int writes = 30;
        Process first = writer(url, 1, writes, dir.resolve("first.err"));
        Process second = writer(url, 2, writes, dir.resolve("second.err"));
        first.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        second.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());

        assertThat(first.waitFor()).as(Files.readString(dir.resolve("first.err"))).isZero();
        assertThat(second.waitFor()).as(Files.readString(dir.resolve("second.err"))).isZero();

        JournalStore store = JournalStore.open(url);
        List<SessionEntry> sessions = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).sessions().all());
        Map<Integer, Long> perWriter = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.session().rpe().orElseThrow(), Collectors.counting()));
        assertThat(perWriter).containsEntry(1, (long) writes * JournalWriterProcess.SESSIONS_PER_WRITE)
                .containsEntry(2, (long) writes * JournalWriterProcess.SESSIONS_PER_WRITE);
        // Both wrote the same dates: each date holds exactly one check-in, whoever wrote last.
        int checkIns = store.read(j -> j.athlete(AthleteId.OWN_RUNNER).checkIns().count());
        assertThat(checkIns).isEqualTo(writes);
        assertIntegrity(url);
    }
}
