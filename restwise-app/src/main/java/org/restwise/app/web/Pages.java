package org.restwise.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the precompiled jte templates (built from {@code src/main/jte} by the jte Maven plugin),
 * so the running app needs no compiler and a template error fails the build, not a request.
 */
final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Every form that posts, in a page rendered for someone signed in with a cookie, carries its CSRF token. */
    private static final Pattern POSTING_FORM = Pattern.compile("(<form\\b[^>]*\\bmethod=\"post\"[^>]*>)");

    void render(Context ctx, String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        boolean coach = AccessGate.account(ctx).filter(a -> a.is(org.restwise.core.access.Role.COACH)).isPresent();
        ctx.html(AccessGate.csrfToken(ctx).map(token -> withCsrfToken(output.toString(), token, coach)).orElse(output.toString()));
    }

    /**
     * The token goes into each posting form as a hidden field (so forms work without JavaScript)
     * and into the head, where the upload script and htmx read it for their own requests. The
     * token is URL-safe base64, so it needs no escaping.
     */
    static String withCsrfToken(String html, String token) {
        return withCsrfToken(html, token, false);
    }

    static String withCsrfToken(String html, String token, boolean coach) {
        String hidden = "<input type=\"hidden\" name=\"" + AccessGate.CSRF_FIELD + "\" value=\"" + token + "\">";
        String page = POSTING_FORM.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + hidden));
        // Signed in, the navigation gains the account page (sign out, API tokens).
        String withAccount = page.replace("    </ul>\n  </nav>",
                (coach ? "      <li><a href=\"/squads\">Squads</a></li>\n" : "")
                        + "      <li><a href=\"/account\">Account</a></li>\n    </ul>\n  </nav>");
        return withAccount.replace("</head>", "<meta name=\"csrf-token\" content=\"" + token + "\">\n</head>");
    }

    /** htmx asks for the part of the page it swaps; a plain form post gets the whole page. */
    static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
