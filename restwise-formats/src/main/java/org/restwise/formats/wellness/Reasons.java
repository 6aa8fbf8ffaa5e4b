package org.restwise.formats.wellness;

/** Shortens what a library said into a clause that fits in one of our sentences. */
final class Reasons {

    private Reasons() {
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no detail given";
        }
        String line = message.strip().lines().findFirst().orElse("").trim();
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return shorten(line);
    }

    /** At most 80 characters of a value from the file, so a hostile value cannot flood the message. */
    static String quote(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return "'" + (clean.length() > 80 ? clean.substring(0, 80) + "…" : clean) + "'";
    }

    private static String shorten(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
