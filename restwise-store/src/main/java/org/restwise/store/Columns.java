package org.restwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading optional and enumerated columns the same way in every repository. */
final class Columns {

    private Columns() {
    }

    static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<Double> optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<Boolean> optionalBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static <E extends Enum<E>> Optional<E> optionalEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
    }

    static <E extends Enum<E>> String joinNames(List<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E> List<E> splitNames(String joined, Function<String, E> parse) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toList());
    }

    /**
     * An ISO date as the journal stores it ({@link LocalDate#toString}). The common {@code YYYY-MM-DD}
     * is read digit by digit, several times faster than the formatter, which a check-in's window of
     * 180 rows would otherwise spend most of its mapping in; anything else goes to the formatter.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number in {@code text[from, to)}, or -1 when a character there is no ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }

    static String nameOrNull(Optional<? extends Enum<?>> value) {
        return value.map(Enum::name).orElse(null);
    }
}
