package org.restwise.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * A coach's group of athletes. The coach reads the journals of the athletes who joined it, and
 * only while they stay.
 *
 * @param id the squad's key
 * @param coachAccountId the account of the coach who made it
 * @param name as the coach wrote it, 1 to {@value #NAME_MAX_CHARS} characters
 * @param createdAt when it was made
 */
public record Squad(long id, long coachAccountId, String name, Instant createdAt) {

    public static final int NAME_MAX_CHARS = 80;

    public Squad {
        name = checkedName(name);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The name trimmed, or an exception naming the field when it is empty, too long or has control characters. */
    public static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_CHARS || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("squad name must be 1 to " + NAME_MAX_CHARS
                    + " characters, without control characters");
        }
        return trimmed;
    }
}
