package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.restwise.app.cli.UserInputException;

/**
 * Reads one JSON object field by field and refuses, naming the field, anything that is not exactly
 * what the contract allows: a wrong type, a fraction where a whole number belongs, an unknown field.
 * Call {@link #rejectUnknownFields()} after reading every field the contract knows.
 */
public final class StrictObject {

    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    public StrictObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new UserInputException((path.isEmpty() ? "the input" : path) + " must be a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    private String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The value, or empty when the field is missing or null. */
    private Optional<JsonNode> value(String field) {
        read.add(field);
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public <T> T required(String field, Optional<T> value) {
        return value.orElseThrow(() -> new UserInputException(name(field) + " must be given"));
    }

    public Optional<Integer> optionalInt(String field) {
        return value(field).map(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new UserInputException(name(field) + " must be a whole number, got " + v);
            }
            return v.intValue();
        });
    }

    public Optional<Double> optionalDouble(String field) {
        return value(field).map(v -> {
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new UserInputException(name(field) + " must be a number, got " + v);
            }
            return v.doubleValue();
        });
    }

    public Optional<Boolean> optionalBoolean(String field) {
        return value(field).map(v -> {
            if (!v.isBoolean()) {
                throw new UserInputException(name(field) + " must be true or false, got " + v);
            }
            return v.booleanValue();
        });
    }

    public Optional<String> optionalText(String field) {
        return value(field).map(v -> {
            if (!v.isTextual()) {
                throw new UserInputException(name(field) + " must be a string, got " + v);
            }
            return v.textValue();
        });
    }

    public <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
        return optionalText(field).map(text -> {
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(name(field) + " must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")) + ", got \"" + text + "\"");
            }
        });
    }

    public Optional<LocalDate> optionalDate(String field) {
        return optionalText(field).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new UserInputException(name(field) + " must be a date like 2026-11-29, got \"" + text + "\"");
            }
        });
    }

    public Optional<LocalDateTime> optionalDateTime(String field) {
        return optionalText(field).map(text -> {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new UserInputException(name(field) + " must be a local date-time like 2026-11-29T07:30, got \""
                        + text + "\"");
            }
        });
    }

    public Optional<StrictObject> optionalObject(String field) {
        return value(field).map(v -> new StrictObject(v, name(field)));
    }

    public Optional<JsonNode> optionalNode(String field) {
        return value(field);
    }

    /** A misspelt field must never be silently ignored. */
    public void rejectUnknownFields() {
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!read.contains(field)) {
                throw new UserInputException("unknown field \"" + name(field) + "\"");
            }
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
