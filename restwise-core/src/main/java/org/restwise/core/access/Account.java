package org.restwise.core.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who may sign in to a server. The password itself never reaches this record: only its
 * salted slow hash, which the edge computes and checks.
 *
 * @param id the account's key
 * @param email lower-case, the name they sign in with
 * @param passwordHash a PHC-format hash ({@code $argon2id$…})
 * @param roles at least one
 * @param createdAt when the account was made
 */
public record Account(long id, String email, String passwordHash, Set<Role> roles, Instant createdAt) {

    /** Deliberately loose: one @, something on each side, no spaces or control characters. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    public static final int EMAIL_MAX_CHARS = 254;

    public Account {
        email = normalisedEmail(email);
        Objects.requireNonNull(passwordHash, "passwordHash");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles: an account needs at least one role");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /**
     * The address as accounts are keyed: trimmed and lower-case. Throws naming the field when it
     * does not look like an e-mail address.
     */
    public static String normalisedEmail(String email) {
        String normal = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normal.length() > EMAIL_MAX_CHARS || !EMAIL.matcher(normal).matches()) {
            throw new IllegalArgumentException("email must look like name@example.org");
        }
        return normal;
    }
}
