package org.restwise.app.web;

import java.util.Map;

/**
 * A form as the runner filled it in, with each refusal kept beside the field it concerns. The
 * field templates ({@code number.jte}, {@code choice.jte}, …) read any form through this.
 */
public interface FormValues {

    /** What was typed, by field name; blank fields are absent. */
    Map<String, String> values();

    /** Problems by field name. */
    Map<String, String> errors();

    default String value(String name) {
        return values().getOrDefault(name, "");
    }

    default boolean checked(String name) {
        return "true".equals(values().get(name)) || "on".equals(values().get(name));
    }

    default boolean selected(String name, String option) {
        return option.equals(values().getOrDefault(name, ""));
    }

    default boolean hasError(String name) {
        return errors().containsKey(name);
    }

    default String error(String name) {
        return errors().getOrDefault(name, "");
    }

    /** An id for the element that describes a field's error, for {@code aria-describedby}. */
    static String errorId(String name) {
        return id(name) + "-error";
    }

    static String id(String name) {
        return name.replace('.', '-');
    }
}
