package org.restwise.app.json;

import java.util.Optional;

/**
 * Input refused because of one field (or the document as a whole when {@code field} is null). The
 * message reads "field: what is wrong", one line, for the terminal and the API alike.
 */
public final class InputFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public InputFieldException(String field, String problem) {
        super(field == null ? problem : field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String problem() {
        return problem;
    }
}
