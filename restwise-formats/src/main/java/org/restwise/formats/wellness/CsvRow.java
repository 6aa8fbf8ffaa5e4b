package org.restwise.formats.wellness;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One row of a {@link CsvTable}: values by column name, each refusing what it cannot be, with the line and column. */
final class CsvRow {

    /** How exports write "no value". */
    private static final Set<String> ABSENT = Set.of("", "NA", "N/A", "n/a", "null", "NULL", "None", "nan", "NaN", "-", "--");

    private final String source;
    private final int line;
    private final Map<String, Integer> columns;
    private final List<String> fields;

    CsvRow(String source, int line, Map<String, Integer> columns, List<String> fields) {
        this.source = source;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
    }

    int line() {
        return line;
    }

    Optional<String> text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return Optional.empty();
        }
        String value = fields.get(index).strip();
        return ABSENT.contains(value) ? Optional.empty() : Optional.of(value);
    }

    Optional<Double> number(String column) throws UnreadableWellnessException {
        Optional<String> text = text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Double value = Numbers.parse(text.get());
        if (value == null) {
            throw refused(column, text.get(), "a number");
        }
        return Optional.of(value);
    }

    /** A number that must lie within {@code min}–{@code max} to be taken; outside it, the value is left out. */
    Optional<Double> number(String column, double min, double max) throws UnreadableWellnessException {
        return number(column).filter(v -> v >= min && v <= max);
    }

    Optional<Duration> duration(String column, double unitSeconds) throws UnreadableWellnessException {
        return number(column, 0, 24 * 3600 / unitSeconds).map(v -> Duration.ofSeconds(Math.round(v * unitSeconds)));
    }

    /** A date written {@code 2024-05-07}, {@code 2024/05/07}, or with a time after it. */
    LocalDate date(String column) throws UnreadableWellnessException {
        String text = text(column).orElseThrow(() -> new UnreadableWellnessException(source, "Line " + line
                + " has no value in its '" + column + "' column, which gives the date."));
        return dateOf(column, text);
    }

    LocalDate dateOf(String column, String text) throws UnreadableWellnessException {
        String day = text.length() >= 10 ? text.substring(0, 10).replace('/', '-') : text;
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw refused(column, text, "a date like 2024-05-07");
        }
    }

    UnreadableWellnessException refused(String column, String value, String expected) {
        return new UnreadableWellnessException(source, "Line " + line + ", column '" + column + "': "
                + Reasons.quote(value) + " is not " + expected + ".");
    }
}
