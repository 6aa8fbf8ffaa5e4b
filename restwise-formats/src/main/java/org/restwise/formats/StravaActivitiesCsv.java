package org.restwise.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restwise.core.activity.Sport;

/**
 * The {@code activities.csv} of a Strava bulk export: one row per activity, with its type and the
 * file under {@code activities/} that holds it. Only those two columns are kept, so memory stays
 * small whatever the descriptions hold. Fields follow RFC 4180 (quotes, doubled quotes, line breaks
 * inside quotes: Strava descriptions have all three).
 */
final class StravaActivitiesCsv {

    private StravaActivitiesCsv() {
    }

    /** Sport by file name as written in the CSV ({@code activities/123.gpx.gz}). */
    static Map<String, Sport> sportsByFile(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Sport> sports = new HashMap<>();
        List<String> header = readRow(reader);
        if (header == null) {
            return sports;
        }
        int type = indexOf(header, "Activity Type");
        int file = indexOf(header, "Filename");
        if (type < 0 || file < 0) {
            return sports;
        }
        List<String> row;
        while ((row = readRow(reader)) != null) {
            if (row.size() > Math.max(type, file) && !row.get(file).isBlank()) {
                sports.put(row.get(file).trim(), SportNames.parse(row.get(type)));
            }
        }
        return sports;
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).replace("\uFEFF", "").trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** One CSV row, or null at the end of input. Fields longer than 64 KB are cut. */
    static List<String> readRow(BufferedReader reader) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = reader.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    append(field, (char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                append(field, (char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() < 64 * 1024) {
            field.append(c);
        }
    }
}
