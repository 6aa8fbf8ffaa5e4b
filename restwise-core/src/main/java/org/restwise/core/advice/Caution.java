package org.restwise.core.advice;

import java.util.Optional;

/**
 * One thing to avoid today. Cautions about the same thing (jogging, turning rest into a workout, a
 * session that runs long) share a topic, so the runner reads each warning once, in the words of
 * the rule most specific to their day.
 */
record Caution(Optional<Topic> topic, String text) {

    /** What several rules warn about in their own words. */
    enum Topic {
        EASY_JOGGING,
        RECOVERY_AS_WORKOUT,
        LONG_SESSION,
        MEDIUM_WORK
    }

    static Caution about(Topic topic, String text) {
        return new Caution(Optional.of(topic), text);
    }

    static Caution plain(String text) {
        return new Caution(Optional.empty(), text);
    }

    /** The key under which two cautions say the same thing. */
    Object key() {
        return topic.<Object>map(t -> t).orElse(text);
    }
}
