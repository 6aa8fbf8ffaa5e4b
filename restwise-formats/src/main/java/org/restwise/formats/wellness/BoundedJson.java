package org.restwise.formats.wellness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON value read into plain maps, lists, strings, numbers and booleans, with a budget: a file is
 * streamed entry by entry and each entry is small (a day, one server answer), so an entry larger than
 * {@link #MAX_VALUES} values is refused instead of filling the heap. Nesting and string length are
 * limited by the parser itself.
 */
final class BoundedJson {

    static final int MAX_VALUES = 200_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(256 * 1024)
                    .maxNumberLength(64)
                    .maxNameLength(1024)
                    .build())
            .build();

    /** Raised when an entry is over budget; the reader words it with the file and line. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private int budget = MAX_VALUES;

    private BoundedJson() {
    }

    /** Reads the value the parser stands on (its current token), leaving it on the value's last token. */
    static Object read(JsonParser parser) throws IOException, TooLarge {
        return new BoundedJson().value(parser);
    }

    private Object value(JsonParser parser) throws IOException, TooLarge {
        if (--budget < 0) {
            throw new TooLarge();
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                double number = parser.getDoubleValue();
                return Double.isFinite(number) ? number : null;
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> object(Map<String, Object> in, String name) {
        return in.get(name) instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }

    static Optional<List<Object>> array(Map<String, Object> in, String name) {
        return in.get(name) instanceof List<?> list ? Optional.of(List.copyOf(list.stream()
                .filter(java.util.Objects::nonNull).toList())) : Optional.empty();
    }

    static Optional<Double> number(Map<String, Object> in, String name) {
        return in.get(name) instanceof Double number ? Optional.of(number) : Optional.empty();
    }

    static Optional<String> text(Map<String, Object> in, String name) {
        return in.get(name) instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
