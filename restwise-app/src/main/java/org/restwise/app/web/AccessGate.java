package org.restwise.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.Set;
import org.restwise.app.auth.ApiTokens;
import org.restwise.app.auth.SecretTokens;
import org.restwise.app.auth.WebSessions;
import org.restwise.core.access.Account;
import org.restwise.app.access.Requester;
import org.restwise.app.auth.Accounts;

/**
 * The one access decision every request passes, before any route. A journal with no accounts is
 * the login-free single-runner app (on loopback: {@link BrowserSafety} and {@code serve} see to
 * that). Once an account exists, every route but signing in and the static files needs a session
 * cookie or a personal API token, and every change sent with the cookie needs its CSRF token.
 */
final class AccessGate {

    static final String SESSION_COOKIE = "restwise_session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ACCOUNT = "restwise.account";
    private static final String CSRF = "restwise.csrf";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Accounts accounts;
    private final WebSessions sessions;
    private final ApiTokens tokens;
    private final boolean trustProxy;
    /** Once any account exists the server stays locked; until then it is asked on each request. */
    private volatile boolean locked;

    AccessGate(Accounts accounts, WebSessions sessions, ApiTokens tokens, boolean trustProxy) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.trustProxy = trustProxy;
    }

    void register(RoutesConfig routes) {
        routes.before(this::check);
    }

    /** The signed-in account of this request, when there is one. */
    static Optional<Account> account(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    /** The CSRF token the page's forms must carry, when signed in with a cookie. */
    static Optional<String> csrfToken(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CSRF));
    }

    boolean locked() {
        if (!locked) {
            locked = accounts.anyExist();
        }
        return locked;
    }

    private void check(Context ctx) {
        if (!locked()) {
            Asking.is(ctx, Requester.OWN_RUNNER);
            return;
        }
        if (isPublic(ctx)) {
            return;
        }
        if (isInvitation(ctx) && !hasSessionOrToken(ctx)) {
            // An invitation's page and its sign-up are for people without an account yet.
            return;
        }
        Optional<String> bearer = bearerToken(ctx);
        if (bearer.isPresent()) {
            Account account = tokens.resolve(bearer.get())
                    .orElseThrow(() -> new ApiError(HttpStatus.UNAUTHORIZED, "that API token is not valid (revoked, or mistyped)"));
            ctx.attribute(ACCOUNT, account);
            Asking.is(ctx, new Requester.SignedIn(account));
            return;
        }
        Optional<WebSessions.Live> live = sessions.resolve(ctx.cookie(SESSION_COOKIE));
        if (live.isEmpty()) {
            refuseAnonymous(ctx);
            return;
        }
        ctx.attribute(ACCOUNT, live.get().account());
        ctx.attribute(CSRF, live.get().csrfToken());
        Asking.is(ctx, new Requester.SignedIn(live.get().account()));
        if (!SAFE_METHODS.contains(ctx.method().name()) && !carriesCsrfToken(ctx, live.get().csrfToken())) {
            throw new ApiError(HttpStatus.FORBIDDEN, "this form has expired or did not come from Restwise: reload the page and try again");
        }
    }

    /** The invitation link and its sign-up (the only way to make an account without the command line). */
    private static boolean isInvitation(Context ctx) {
        return ctx.path().startsWith("/join/");
    }

    private boolean hasSessionOrToken(Context ctx) {
        return bearerToken(ctx).isPresent() || sessions.resolve(ctx.cookie(SESSION_COOKIE)).isPresent();
    }

    private static boolean isPublic(Context ctx) {
        String path = ctx.path();
        return path.equals("/login") || path.startsWith("/static/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico") || path.equals("/api/openapi.json");
    }

    private static void refuseAnonymous(Context ctx) {
        if (ctx.path().equals("/api") || ctx.path().startsWith("/api/")) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(HttpStatus.UNAUTHORIZED, "sign in first, or send Authorization: Bearer with a personal API token");
        }
        String next = SAFE_METHODS.contains(ctx.method().name()) ? ctx.path() : "/";
        ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    private static boolean carriesCsrfToken(Context ctx, String expected) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            String type = String.valueOf(ctx.contentType());
            if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
                sent = ctx.formParam(CSRF_FIELD);
            }
        }
        return SecretTokens.same(sent, expected);
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the browser reached us over TLS. */
    Cookie sessionCookie(Context ctx, String value, int maxAgeSeconds) {
        return new Cookie(SESSION_COOKIE, value, "/", maxAgeSeconds, overTls(ctx), true, null, SameSite.LAX);
    }

    boolean overTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme())
                || (trustProxy && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")));
    }
}
