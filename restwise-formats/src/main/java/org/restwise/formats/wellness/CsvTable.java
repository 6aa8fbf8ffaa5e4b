package org.restwise.formats.wellness;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A comma-separated file read row by row against its header, by column name: columns we do not know
 * are ignored, a required one that is missing is named. Quoted fields may hold commas, doubled quotes
 * and line breaks (intervals.icu's comments do); a record, like a line, is at most
 * {@link TextLines#MAX_LINE_CHARS} characters. A header without commas but with semicolons sets the
 * separator to ';'.
 */
final class CsvTable {

    private final TextLines lines;
    private final String source;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private char separator = ',';
    private int recordLine;

    CsvTable(InputStream in, String source) throws UnreadableWellnessException {
        this.lines = new TextLines(in, source);
        this.source = source;
        String header = lines.next();
        if (header == null || header.isBlank()) {
            throw new UnreadableWellnessException(source, "The file is empty: it has no header line.");
        }
        if (header.indexOf(',') < 0 && header.indexOf(';') >= 0) {
            separator = ';';
        }
        List<String> fields = split(header);
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            names.add(name);
            columns.putIfAbsent(name, i);
        }
    }

    /** Throws naming the first of {@code required} the header lacks; {@code what} says which app's file it should be. */
    void require(Set<String> required, String what) throws UnreadableWellnessException {
        for (String name : required) {
            if (!columns.containsKey(name)) {
                throw new UnreadableWellnessException(source, "The header has no '" + name + "' column, which "
                        + what + " files always have.");
            }
        }
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The next row, or null at the end of the file; blank lines are skipped. */
    CsvRow next() throws UnreadableWellnessException {
        String line;
        do {
            line = lines.next();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        recordLine = lines.number();
        StringBuilder record = new StringBuilder(line);
        while (openQuote(record)) {
            String more = lines.next();
            if (more == null) {
                throw new UnreadableWellnessException(source, "The quoted field opened on line " + recordLine
                        + " never closes: the file is truncated.");
            }
            if (record.length() + more.length() + 1 > TextLines.MAX_LINE_CHARS) {
                throw new UnreadableWellnessException(source, "The record starting on line " + recordLine
                        + " is longer than " + TextLines.MAX_LINE_CHARS + " characters.");
            }
            record.append('\n').append(more);
        }
        return new CsvRow(source, recordLine, columns, split(record));
    }

    private static boolean openQuote(CharSequence record) {
        boolean open = false;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == '"') {
                open = !open;
            }
        }
        return open;
    }

    private List<String> split(CharSequence record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
