package org.restwise.core.advice;

import java.util.List;

/** How the engine turns named signals into a sentence fragment that agrees with its subject. */
final class Wording {

    private Wording() {
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The verb form for a listed subject: one sign is singular ("soreness at 6/10 points") unless it
     * names a plural thing ("heavy legs point", "3 short nights are"); two or more are plural.
     */
    static String agree(List<String> subject, String singular, String plural) {
        return isPlural(subject) ? plural : singular;
    }

    /** "its" or "their", for the same subject. */
    static String its(List<String> subject) {
        return isPlural(subject) ? "their" : "its";
    }

    private static boolean isPlural(List<String> subject) {
        if (subject.size() != 1) {
            return true;
        }
        String only = subject.get(0);
        String head = only.contains(" with ") ? only.substring(0, only.indexOf(" with ")) : only;
        return head.endsWith("legs") || head.endsWith("nights");
    }
}
