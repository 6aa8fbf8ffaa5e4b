package org.restwise.app.cli;

import org.restwise.app.json.PlainText;

/**
 * Text from outside (a file name inside a zip, a stored name, a message quoting input) as a terminal
 * may print it: every control character written as an escape a reader can see ({@code \n},
 * {@code \u001B}), so no name can move the cursor, clear the screen or fake a line of output.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escaped(String text) {
        if (text == null || text.codePoints().noneMatch(PlainText::isControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (PlainText.isControl(c)) {
                        shown.append(String.format("\\u%04X", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }
}
