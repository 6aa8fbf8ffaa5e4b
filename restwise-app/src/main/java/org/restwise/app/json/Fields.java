package org.restwise.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The fields of one JSON object, read strictly: every accessor checks the type, and construction
 * refuses names outside the allowed set (suggesting the closest allowed name for a typo).
 */
public final class Fields {

    private final ObjectNode node;
    private final String path;

    public Fields(ObjectNode node, String path, Set<String> allowed) {
        this.node = node;
        this.path = path;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InputFieldException(pathOf(name), "unknown field" + suggestion(name, allowed));
            }
        }
    }

    public String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private Optional<JsonNode> present(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public Optional<Integer> integer(String name) {
        return present(name).map(v -> {
            if (!v.isNumber() || !(v.isIntegralNumber() || v.asDouble() == Math.rint(v.asDouble()))) {
                throw new InputFieldException(pathOf(name), "must be a whole number, got " + v);
            }
            if (Math.abs(v.asDouble()) > Integer.MAX_VALUE) {
                throw new InputFieldException(pathOf(name), "is far too large: " + v);
            }
            return v.asInt();
        });
    }

    public Optional<Double> number(String name) {
        return present(name).map(v -> {
            if (!v.isNumber()) {
                throw new InputFieldException(pathOf(name), "must be a number, got " + v);
            }
            return v.asDouble();
        });
    }

    public Optional<Boolean> bool(String name) {
        return present(name).map(v -> {
            if (!v.isBoolean()) {
                throw new InputFieldException(pathOf(name), "must be true or false, got " + v);
            }
            return v.asBoolean();
        });
    }

    public Optional<String> text(String name) {
        return present(name).map(v -> {
            if (!v.isTextual()) {
                throw new InputFieldException(pathOf(name), "must be a string, got " + v);
            }
            return v.asText();
        });
    }

    public <E extends Enum<E>> Optional<E> enumeration(String name, Class<E> type) {
        return text(name).map(value -> {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                throw new InputFieldException(pathOf(name), "unknown value \"" + value + "\"; expected one of " + allowed);
            }
        });
    }

    /** An array of numbers, each a number; refused naming the array's place of the first that is not. */
    public Optional<java.util.List<Double>> numbers(String name) {
        return present(name).map(v -> {
            if (!v.isArray()) {
                throw new InputFieldException(pathOf(name), "must be a list of numbers, got " + v);
            }
            java.util.List<Double> values = new java.util.ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isNumber()) {
                    throw new InputFieldException(pathOf(name) + "[" + i + "]", "must be a number, got " + v.get(i));
                }
                values.add(v.get(i).asDouble());
            }
            return java.util.List.copyOf(values);
        });
    }

    public Optional<Fields> object(String name, Set<String> allowed) {
        return present(name).map(v -> {
            if (!v.isObject()) {
                throw new InputFieldException(pathOf(name), "must be an object, got " + v.getNodeType().name().toLowerCase());
            }
            return new Fields((ObjectNode) v, pathOf(name), allowed);
        });
    }

    /** Runs a value constructor, turning its range errors into field errors. */
    public <T> T build(Supplier<T> constructor) {
        return InputFieldException.fromCore(constructor);
    }

    private static String suggestion(String name, Set<String> allowed) {
        return allowed.stream()
                .min(Comparator.comparingInt(candidate -> editDistance(name.toLowerCase(), candidate.toLowerCase())))
                .filter(best -> editDistance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, name.length() / 3))
                .map(best -> " (did you mean \"" + best + "\"?)")
                .orElse("");
    }

    /** Levenshtein's edit distance between two short words, for "did you mean" here and in the terminal's questions. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
