package org.restwise.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Renders the precompiled jte templates (built from {@code src/main/jte} by the jte Maven plugin),
 * so the running app needs no compiler and a template error fails the build, not a request.
 */
final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** In a form tag: the form posts. */
    private static final Pattern POSTS = Pattern.compile("\\bmethod=\"post\"");

    /** A template's markup on its own, to be placed into a page (as {@link gg.jte.Content}) and reused. */
    String fragment(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }

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
        // The head and the navigation are the layout's first lines: change them there, and leave the
        // rest (hundreds of kilobytes on a squad's page) to be copied once.
        int navEnd = html.indexOf(NAV_END);
        int cut = navEnd < 0 ? html.length() : navEnd + NAV_END.length();
        String top = withFieldInPostingForms(html.substring(0, cut), hidden)
                // Signed in, the navigation gains the account page (sign out, API tokens).
                .replace(NAV_END, (coach ? "      <li><a href=\"/squads\">Squads</a></li>\n" : "")
                        + "      <li><a href=\"/account\">Account</a></li>\n" + NAV_END)
                .replace("</head>", "<meta name=\"csrf-token\" content=\"" + token + "\">\n</head>");
        return top + withFieldInPostingForms(html.substring(cut), hidden);
    }

    private static final String NAV_END = "    </ul>\n  </nav>";

    /**
     * Every form that posts, in a page rendered for someone signed in with a cookie, carries its CSRF
     * token. Found by looking for form tags rather than by a pattern tried at every character: a
     * 200-athlete squad page is 350 kB, and the pattern took half of its time.
     */
    private static String withFieldInPostingForms(String html, String hidden) {
        StringBuilder page = new StringBuilder(html.length() + 1024);
        int copied = 0;
        for (int at = html.indexOf("<form"); at >= 0; at = html.indexOf("<form", at + 1)) {
            int end = html.indexOf('>', at);
            if (end < 0) {
                break;
            }
            boolean wholeWord = !Character.isLetterOrDigit(html.charAt(at + 5)) && html.charAt(at + 5) != '_';
            if (wholeWord && POSTS.matcher(html).region(at, end).find()) {
                page.append(html, copied, end + 1).append(hidden);
                copied = end + 1;
            }
        }
        return page.append(html, copied, html.length()).toString();
    }

    /** htmx asks for the part of the page it swaps; a plain form post gets the whole page. */
    static boolean isHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
