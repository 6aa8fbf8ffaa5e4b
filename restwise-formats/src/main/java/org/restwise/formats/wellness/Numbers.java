package org.restwise.formats.wellness;

/** Numbers as wellness files write them: a dot for decimals, no thousands separator, never NaN or infinite. */
final class Numbers {

    private Numbers() {
    }

    /** The number, or null when {@code text} is not a plain finite decimal number. */
    static Double parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return null;
            }
        }
        try {
            double value = Double.parseDouble(t);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
