package org.restwise.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The journals older releases wrote (test resources {@code journals/}, made by
 * {@code dev/make-old-journals.sh}): a SQLite file to copy, a PostgreSQL dump to replay.
 */
final class OldJournals {

    private OldJournals() {
    }

    /** A copy of release {@code version}'s SQLite journal in {@code dir}, to open and migrate. */
    static Path copySqlite(String version, Path dir) {
        Path copy = dir.resolve(version + ".db");
        try (InputStream in = resource(version + ".sqlite.db")) {
            Files.copy(in, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Runs release {@code version}'s PostgreSQL dump, statement by statement, in the connection's schema. */
    static void replayPostgres(String version, Connection connection) throws SQLException {
        String dump;
        try (InputStream in = resource(version + ".postgresql.sql")) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(dump)) {
                statement.execute(sql);
            }
        }
    }

    /** The dump's statements: split at semicolons outside quoted strings, comment lines dropped. */
    static List<String> statements(String dump) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (String line : dump.split("\n", -1)) {
            if (!quoted && current.toString().isBlank() && (line.isBlank() || line.startsWith("--"))) {
                continue;
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (c == ';' && !quoted) {
                    String sql = current.toString().strip();
                    if (!sql.isEmpty()) {
                        statements.add(sql);
                    }
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            current.append('\n');
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("the dump ends inside a statement: " + current.toString().strip());
        }
        return statements;
    }

    private static InputStream resource(String name) {
        InputStream in = OldJournals.class.getResourceAsStream("/journals/" + name);
        if (in == null) {
            throw new IllegalStateException("no test resource journals/" + name + ": run dev/make-old-journals.sh");
        }
        return in;
    }
}
