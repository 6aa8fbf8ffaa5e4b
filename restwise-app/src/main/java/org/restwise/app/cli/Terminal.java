package org.restwise.app.cli;

/** What the terminal we write to can show. */
final class Terminal {

    private Terminal() {
    }

    /** Colour only on an interactive terminal that has not asked for none (https://no-color.org). */
    static boolean supportsColour() {
        String term = System.getenv("TERM");
        return System.console() != null
                && System.getenv("NO_COLOR") == null
                && term != null && !term.equals("dumb");
    }
}
