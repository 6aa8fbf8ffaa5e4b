package org.restwise.app.cli.calc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.restwise.app.cli.UserInputException;
import org.restwise.core.load.DailyLoad;

/**
 * Reads a {@code date,load} CSV in two stages: lines → raw rows → a validated {@link DailyLoad}.
 * The header is optional; blank lines are skipped; two rows for one date add up (two sessions).
 * Every refusal names the file and the line.
 */
final class LoadCsv {

    private LoadCsv() {
    }

    /** One data line as written, before its fields are trusted. */
    record RawRow(int lineNumber, String date, String load) {
    }

    static DailyLoad read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserInputException("--csv: no such file: " + file);
        } catch (IOException e) {
            throw new UserInputException("--csv: cannot read " + file + ": " + e.getMessage(), e);
        }
        return toDailyLoad(file, rows(file, lines));
    }

    static List<RawRow> rows(Path file, List<String> lines) {
        List<RawRow> rows = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (first && fields.length == 2 && fields[0].strip().equalsIgnoreCase("date")) {
                first = false; // the optional header
                continue;
            }
            first = false;
            if (fields.length != 2) {
                throw new UserInputException(where(file, i + 1) + "expected date,load, got '" + line + "'");
            }
            rows.add(new RawRow(i + 1, fields[0].strip(), fields[1].strip()));
        }
        if (rows.isEmpty()) {
            throw new UserInputException("--csv " + file + ": no date,load rows");
        }
        return rows;
    }

    private static DailyLoad toDailyLoad(Path file, List<RawRow> rows) {
        DailyLoad.Builder builder = DailyLoad.builder();
        for (RawRow row : rows) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.date());
            } catch (DateTimeParseException e) {
                throw new UserInputException(where(file, row.lineNumber()) + "date must be YYYY-MM-DD, got '" + row.date() + "'");
            }
            double load;
            try {
                load = Double.parseDouble(row.load());
            } catch (NumberFormatException e) {
                load = Double.NaN;
            }
            if (!Double.isFinite(load) || load < 0 || row.load().isEmpty()) {
                throw new UserInputException(where(file, row.lineNumber()) + "load must be a number, 0 or more, got '" + row.load() + "'");
            }
            builder.add(date, load);
        }
        return builder.build();
    }

    private static String where(Path file, int line) {
        return "--csv " + file + " line " + line + ": ";
    }
}
