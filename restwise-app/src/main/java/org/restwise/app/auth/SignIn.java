package org.restwise.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.restwise.core.access.Account;
import org.restwise.store.JournalStore;

/**
 * Checks an e-mail address and password, slowing guessers down per account and per address. Every
 * refusal reads the same and costs the same time, whether or not the account exists, so the form
 * cannot be used to find out who has one.
 */
public final class SignIn {

    /** The window failures are counted over, and how many each key may have in it. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FAILURES_PER_ACCOUNT = 5;
    static final int FAILURES_PER_ADDRESS = 50;

    /** What a refusal says, always the same for a wrong address or a wrong password. */
    public static final String NOT_RECOGNISED = "that e-mail address and password do not match an account";
    public static final String TOO_MANY = "too many failed sign-ins: wait 15 minutes and try again";

    /** The answer to a sign-in. */
    public sealed interface Outcome {
        record SignedIn(Account account) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    private final JournalStore store;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Checked against when the account does not exist, so that path costs a full hash too. */
    private final String decoyHash;

    public SignIn(JournalStore store, PasswordHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash(SecretTokens.fresh());
    }

    public Outcome attempt(String email, String password, String address) {
        Instant now = clock.instant();
        String who = "account:" + (email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT));
        String where = "address:" + address;
        Instant since = now.minus(WINDOW);
        boolean throttled = store.read(j -> j.loginFailures().since(who, since) >= FAILURES_PER_ACCOUNT
                || j.loginFailures().since(where, since) >= FAILURES_PER_ADDRESS);
        if (throttled) {
            return new Outcome.Refused(TOO_MANY);
        }
        Optional<Account> account = email == null ? Optional.empty() : store.read(j -> j.accounts().find(email));
        boolean matches = hasher.matches(password == null ? "" : password, account.map(Account::passwordHash).orElse(decoyHash));
        if (account.isPresent() && matches) {
            store.write(j -> {
                j.loginFailures().clear(who);
                return null;
            });
            return new Outcome.SignedIn(account.get());
        }
        store.write(j -> {
            j.loginFailures().record(who, now);
            j.loginFailures().record(where, now);
            j.loginFailures().forgetBefore(now.minus(WINDOW.multipliedBy(4)));
            return null;
        });
        return new Outcome.Refused(NOT_RECOGNISED);
    }
}
