package org.restwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }

    static String nameOrNull(Optional<? extends Enum<?>> value) {
        return value.map(Enum::name).orElse(null);
    }
}
