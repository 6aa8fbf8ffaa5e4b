package org.restwise.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * What a hostile page in the runner's own browser could do, refused before any route runs: frame
 * the app, run a script it injected, rebind a name it controls to 127.0.0.1 and read the journal
 * (DNS rebinding), or post a form from its own site into the journal (cross-site writes).
 */
final class BrowserSafety {

    /** Scripts and styles only from this server; JSON data blocks are not scripts and need no exception. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private BrowserSafety() {
    }

    static void register(RoutesConfig routes) {
        routes.before(BrowserSafety::check);
    }

    private static void check(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        // Not "no-referrer": with it browsers send "Origin: null" on the app's own forms.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (arrivedOnLoopback(ctx) && !LOOPBACK_NAMES.contains(hostName(ctx.header("Host")))) {
            throw new ApiError(HttpStatus.MISDIRECTED_REQUEST,
                    "this server answers only to localhost or 127.0.0.1, not to \"" + printable(ctx.header("Host")) + "\"");
        }
        if (!SAFE_METHODS.contains(ctx.method().name()) && fromAnotherSite(ctx)) {
            throw new ApiError(HttpStatus.FORBIDDEN, "a change sent from another site is refused");
        }
    }

    /**
     * A browser says where a request comes from: {@code Origin} on every cross-origin write, and
     * {@code Sec-Fetch-Site} in current browsers. Scripts and the command line send neither and
     * are not browsers a page could steer.
     */
    private static boolean fromAnotherSite(Context ctx) {
        String origin = ctx.header("Origin");
        String site = ctx.header("Sec-Fetch-Site");
        if (origin != null && !origin.equals("null")) {
            return !authorityOf(origin).equalsIgnoreCase(String.valueOf(ctx.header("Host")));
        }
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        // An opaque origin with no fetch metadata to vouch for it: a sandboxed frame or a privacy redirect.
        return origin != null;
    }

    private static boolean arrivedOnLoopback(Context ctx) {
        try {
            return InetAddress.getByName(ctx.req().getLocalAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** "localhost:7070" → "localhost"; "[::1]:7070" → "[::1]". */
    static String hostName(String hostHeader) {
        if (hostHeader == null) {
            return "";
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String authorityOf(String origin) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String printable(String text) {
        String shown = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
