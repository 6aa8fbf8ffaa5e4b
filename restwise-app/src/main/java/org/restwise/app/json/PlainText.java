package org.restwise.app.json;

import java.util.Locale;
import java.util.Optional;

/**
 * Text a runner types, such as a name, holds no control characters. Printed on a terminal, ESC,
 * a carriage return or a newline would move the cursor, clear the screen or fake a line of output;
 * the bidirectional overrides would show the text in another order than it is stored.
 */
public final class PlainText {

    private PlainText() {
    }

    /** C0 and C1 controls, DEL, and the invisible marks that reorder text (U+061C, U+200E–F, U+202A–E, U+2066–9). */
    public static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint)
                || codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** The text with every control character shown as its escape (a newline as \\n), so it stays on one line. */
    public static String escaped(String text) {
        if (text == null || text.codePoints().noneMatch(PlainText::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (isControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The text as given, or an {@link InputFieldException} naming {@code field} and the first control character. */
    public static Optional<String> require(String field, Optional<String> text) {
        text.flatMap(t -> t.codePoints().filter(PlainText::isControl).boxed().findFirst()).ifPresent(c -> {
            throw new InputFieldException(field, String.format(Locale.ROOT,
                    "must be plain text, without control characters (found U+%04X)", c));
        });
        return text;
    }
}
