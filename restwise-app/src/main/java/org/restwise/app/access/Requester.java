package org.restwise.app.access;

import java.util.Objects;
import org.restwise.core.access.Account;

/** Who is asking: every use case is given one, and {@link AccessPolicy} decides what it may do. */
public sealed interface Requester {

    /**
     * The journal's own runner: the command line on this machine (whoever can run it can open the
     * database file anyway), or the login-free server on loopback before any account exists.
     */
    Requester OWN_RUNNER = new OwnRunner();

    /** See {@link #OWN_RUNNER}. */
    record OwnRunner() implements Requester {
    }

    /**
     * A person signed in to a server, with a browser session or a personal API token.
     *
     * @param account who they are, with their roles
     */
    record SignedIn(Account account) implements Requester {

        public SignedIn {
            Objects.requireNonNull(account, "account");
        }
    }
}
