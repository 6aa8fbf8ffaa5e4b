package org.restwise.app.json;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Input refused because of one field (or the document as a whole when {@code field} is null). The
 * message reads "field: what is wrong", one line, for the terminal and the API alike.
 */
public final class InputFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /** Both parts may quote what was sent: control characters in them are escaped, so the message stays one line. */
    public InputFieldException(String field, String problem) {
        super(field == null ? PlainText.escaped(problem) : PlainText.escaped(field) + ": " + PlainText.escaped(problem));
        this.field = PlainText.escaped(field);
        this.problem = PlainText.escaped(problem);
    }

    /**
     * Runs a step of core, whose refusals read "field what is wrong" (a value record naming its
     * field), turning them into field errors; a field error already is one.
     */
    public static <T> T fromCore(Supplier<T> step) {
        try {
            return step.get();
        } catch (InputFieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int space = message.indexOf(' ');
            if (space < 0) {
                throw new InputFieldException(null, message);
            }
            throw new InputFieldException(message.substring(0, space), message.substring(space + 1));
        }
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String problem() {
        return problem;
    }
}
