package org.restwise.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.Optional;
import org.restwise.app.access.AccessRefused;
import org.restwise.app.auth.Accounts;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.auth.WebSessions;
import org.restwise.app.squad.Squads;
import org.restwise.core.access.Account;
import org.restwise.core.access.Role;
import org.restwise.core.access.Squad;

/**
 * An invitation's link: who invites to what, then joining, signed in or with a new athlete
 * account made on the spot (the invitation is what lets a stranger make one).
 */
public final class JoinPages {

    /** The page's model. */
    public record JoinView(String code, Optional<Squads.InvitationView> invitation, Optional<Account> signedIn,
            String email, Optional<String> problem) {
    }

    private final Squads squads;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final WebSessions sessions;
    private final AccessGate gate;
    private final Pages pages;

    JoinPages(Squads squads, Accounts accounts, PasswordHasher hasher, WebSessions sessions, AccessGate gate, Pages pages) {
        this.squads = squads;
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.gate = gate;
        this.pages = pages;
    }

    void show(Context ctx) {
        render(ctx, "", Optional.empty());
    }

    /** Signed in: the invitation joins the account's own journal to the squad. */
    void accept(Context ctx) {
        try {
            Squad squad = squads.accept(Asking.who(ctx), code(ctx));
            ctx.redirect("/account?joined=" + squad.id(), HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException | AccessRefused e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "", Optional.of(e.getMessage()));
        }
    }

    /** Not signed in: makes an athlete account, signs it in, and accepts with it. */
    void signUp(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        try {
            Squads.InvitationView invitation = squads.lookUp(code(ctx)).filter(Squads.InvitationView::open)
                    .orElseThrow(() -> new IllegalArgumentException("this invitation has been used already or has expired;"
                            + " ask your coach for a new link"));
            if (!password.equals(Optional.ofNullable(ctx.formParam("again")).orElse(""))) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            PasswordHasher.checkStrength(password);
            Account account = accounts.create(Account.normalisedEmail(email), hasher.hash(password),
                    EnumSet.of(Role.ATHLETE), false).account();
            String id = sessions.start(account, Optional.ofNullable(ctx.cookie(AccessGate.SESSION_COOKIE)));
            ctx.cookie(gate.sessionCookie(ctx, id, (int) WebSessions.ABSOLUTE.toSeconds()));
            Squad squad = squads.accept(new org.restwise.app.access.Requester.SignedIn(account), code(ctx));
            ctx.redirect("/account?joined=" + squad.id() + "&squad=" + invitation.squad().id(), HttpStatus.SEE_OTHER);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            // "already has an account" would tell a stranger who is registered: say it as a choice instead.
            String problem = e.getMessage().endsWith("already has an account")
                    ? "that address cannot be used here: if it is yours, sign in first, then open this link again"
                    : e.getMessage();
            render(ctx, email, Optional.of(problem));
        }
    }

    private void render(Context ctx, String email, Optional<String> problem) {
        pages.render(ctx, "join.jte", new JoinView(code(ctx), squads.lookUp(code(ctx)), AccessGate.account(ctx), email, problem));
    }

    private static String code(Context ctx) {
        return ctx.pathParam("code");
    }
}
