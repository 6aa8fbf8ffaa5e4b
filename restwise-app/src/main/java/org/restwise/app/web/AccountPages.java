package org.restwise.app.web;

import org.restwise.app.access.Journals;
import org.restwise.app.access.Requester;
import org.restwise.app.auth.Accounts;
import org.restwise.app.journal.JournalExport;
import org.restwise.app.squad.Squads;
import org.restwise.core.access.SquadMembership;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.restwise.app.auth.ApiTokens;
import org.restwise.app.auth.SignIn;
import org.restwise.app.auth.WebSessions;
import org.restwise.core.access.Account;

/** Signing in and out, and the account page: who you are, your API tokens, every device signed out at once. */
public final class AccountPages {

    /** The sign-in page's model. */
    public record LoginView(String email, String next, Optional<String> problem) {
    }

    /** The account page's model: a token just made is shown once, here. */
    public record AccountView(Account account, List<ApiTokens.Listed> tokens, Optional<String> newToken, Optional<String> notice,
            List<SquadMembership> seenBy, boolean keepsJournal) {
    }

    private final Accounts accounts;
    private final Squads squads;
    private final Journals journals;
    private final SignIn signIn;
    private final WebSessions sessions;
    private final ApiTokens tokens;
    private final AccessGate gate;
    private final Pages pages;

    AccountPages(SignIn signIn, WebSessions sessions, ApiTokens tokens, AccessGate gate, Pages pages, Accounts accounts,
            Squads squads, Journals journals) {
        this.accounts = accounts;
        this.squads = squads;
        this.journals = journals;
        this.signIn = signIn;
        this.sessions = sessions;
        this.tokens = tokens;
        this.gate = gate;
        this.pages = pages;
    }

    void loginForm(Context ctx) {
        pages.render(ctx, "login.jte", new LoginView("", safeNext(ctx.queryParam("next")), Optional.empty()));
    }

    void login(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("");
        String next = safeNext(ctx.formParam("next"));
        SignIn.Outcome outcome = signIn.attempt(email, ctx.formParam("password"), ctx.ip());
        if (outcome instanceof SignIn.Outcome.SignedIn signedIn) {
            String id = sessions.start(signedIn.account(), Optional.ofNullable(ctx.cookie(AccessGate.SESSION_COOKIE)));
            ctx.cookie(gate.sessionCookie(ctx, id, (int) WebSessions.ABSOLUTE.toSeconds()));
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(HttpStatus.UNAUTHORIZED);
        pages.render(ctx, "login.jte", new LoginView(email, next, Optional.of(((SignIn.Outcome.Refused) outcome).reason())));
    }

    void logout(Context ctx) {
        Optional.ofNullable(ctx.cookie(AccessGate.SESSION_COOKIE)).ifPresent(sessions::end);
        ctx.cookie(gate.sessionCookie(ctx, "", 0));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    void logoutEverywhere(Context ctx) {
        Account account = signedIn(ctx);
        sessions.endAll(account.id());
        ctx.cookie(gate.sessionCookie(ctx, "", 0));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    void show(Context ctx) {
        Account account = signedIn(ctx);
        Optional<String> notice = Optional.ofNullable(ctx.queryParam("revoked")).map(r -> "Token revoked.")
                .or(() -> Optional.ofNullable(ctx.queryParam("joined")).map(r -> "You joined the squad: its coach now reads your journal."))
                .or(() -> Optional.ofNullable(ctx.queryParam("left")).map(r -> "You left the squad: its coach no longer reads your journal."));
        render(ctx, account, Optional.empty(), notice);
    }

    void leaveSquad(Context ctx) {
        signedIn(ctx);
        squads.leave(Asking.who(ctx), ctx.pathParamAsClass("id", Long.class).getOrThrow(e -> new ApiError(HttpStatus.NOT_FOUND, "squad not found")));
        ctx.redirect("/account?left", HttpStatus.SEE_OTHER);
    }

    /** The account's own journal as a backup file, to keep or to take elsewhere. */
    void export(Context ctx) {
        String document = JournalExport.document(Asking.ownJournal(journals, ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"restwise-journal.json\"");
        ctx.contentType("application/json; charset=utf-8").result(document);
    }

    /** Deletes the account and everything that is theirs, once they typed their address to confirm. */
    void delete(Context ctx) {
        Account account = signedIn(ctx);
        String confirm = Optional.ofNullable(ctx.formParam("confirm")).orElse("").strip();
        if (!confirm.equalsIgnoreCase(account.email())) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, account, Optional.empty(), Optional.of("Nothing was deleted: type your address, " + account.email()
                    + ", to confirm."));
            return;
        }
        accounts.delete(account.id());
        ctx.cookie(gate.sessionCookie(ctx, "", 0));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    void createToken(Context ctx) {
        Account account = signedIn(ctx);
        try {
            String token = tokens.create(account, ctx.formParam("name"));
            render(ctx, account, Optional.of(token), Optional.empty());
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, account, Optional.empty(), Optional.of("No token was made: its " + e.getMessage() + "."));
        }
    }

    void revokeToken(Context ctx) {
        Account account = signedIn(ctx);
        long id = ctx.pathParamAsClass("id", Long.class).get();
        if (!tokens.revoke(account, id)) {
            throw new ApiError(HttpStatus.NOT_FOUND, "you have no active token " + id);
        }
        ctx.redirect("/account?revoked", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Account account, Optional<String> newToken, Optional<String> notice) {
        Requester who = Asking.who(ctx);
        pages.render(ctx, "account.jte", new AccountView(account, tokens.of(account), newToken, notice, squads.whoSeesMe(who),
                account.is(org.restwise.core.access.Role.ATHLETE)));
    }

    private static Account signedIn(Context ctx) {
        return AccessGate.account(ctx)
                .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "there are no accounts on this server: it is the single-runner app"));
    }

    /** Only a path on this server, never "//evil.example" or a full address: no open redirect. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl) ? next : "/";
    }
}
