package org.restwise.app.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's complaints about malformed JSON, said in plain words. Its own messages name parser
 * options and classes ({@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`}), which tell a
 * runner nothing and an attacker which library answers; so each known complaint is reworded here,
 * and an unknown one is reported only as "not valid JSON" with its place.
 */
final class JsonSyntax {

    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)[^)]*\\)\\)");
    private static final Pattern QUOTED = Pattern.compile("'(.*?)'");

    private JsonSyntax() {
    }

    /** "the input is not valid JSON: what is wrong (line L, column C)". */
    static String describe(JsonProcessingException e) {
        return "the input is not valid JSON: " + problem(e) + at(e.getLocation());
    }

    /** For a second value after the first: JSON text is one value. */
    static String trailing(JsonLocation location) {
        return "the input is not valid JSON: more follows after the object ends" + at(location) + "; send one object";
    }

    private static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return tooLarge(message);
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "it ends before it is complete (a closing }, ] or \" is missing)";
        }
        if (message.startsWith("Duplicate field")) {
            return "the field " + quoted(message) + " is given twice";
        }
        if (message.startsWith("Non-standard token")) {
            return quoted(message) + " is not a number JSON allows";
        }
        if (message.startsWith("Unrecognized token")) {
            return "unexpected word " + quoted(message) + " (a value is a number, \"text\", true, false, null, {…} or […])";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "unknown escape \\" + QUOTED.matcher(message).results().findFirst().map(m -> m.group(1)).orElse("")
                    + " in a text";
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number starts with 0";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character inside a text is not escaped (write \\n, \\t or \\u00XX)";
        }
        if (message.startsWith("Illegal character")) {
            return "a control character stands between values";
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return unexpected(message, shown(unexpected.group(1), Integer.parseInt(unexpected.group(2))));
        }
        return "its syntax is broken";
    }

    private static String unexpected(String message, String found) {
        if (message.contains("comment")) {
            return "JSON has no comments";
        }
        if (message.contains("double-quote to start field name")) {
            return "expected a field name in double quotes, found " + found;
        }
        if (message.contains("comma to separate Object")) {
            return "a comma is missing between two fields, before " + found;
        }
        if (message.contains("comma to separate Array")) {
            return "a comma is missing between two values, before " + found;
        }
        if (message.contains("colon to separate")) {
            return "a colon is missing after a field name, before " + found;
        }
        if (message.contains("expected a valid value")) {
            return "expected a value, found " + found;
        }
        return "unexpected character " + found;
    }

    private static String tooLarge(String message) {
        if (message.startsWith("Number value length")) {
            return "a number has too many digits";
        }
        if (message.startsWith("String value length")) {
            return "a text is too long";
        }
        if (message.contains("nesting depth")) {
            return "objects and arrays are nested too deeply";
        }
        if (message.startsWith("Name length")) {
            return "a field name is too long";
        }
        return "it is larger than a check-in or a session can be";
    }

    /** A character as a reader can see it: 'x', or its code point when it would not show (a control, a BOM). */
    private static String shown(String text, int code) {
        return Character.isISOControl(code) || Character.getType(code) == Character.FORMAT
                ? String.format("U+%04X", code) : "'" + text + "'";
    }

    private static String quoted(String message) {
        return QUOTED.matcher(message).results().findFirst().map(m -> "\"" + m.group(1) + "\"").orElse("a value");
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
