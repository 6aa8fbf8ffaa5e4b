package org.restwise.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session against a running app, without a browser: the cookie, and the CSRF token its pages carry. */
final class SignedInClient {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final RunningWebApp web;
    private final String cookie;
    private final String csrf;

    private SignedInClient(RunningWebApp web, String cookie, String csrf) {
        this.web = web;
        this.cookie = cookie;
        this.csrf = csrf;
    }

    static SignedInClient signIn(RunningWebApp web, String email, String password) {
        HttpResponse<String> login = web.post("/login", FORM, "email=" + encoded(email) + "&password=" + encoded(password) + "&next=/account");
        assertThat(login.statusCode()).as("signing in as " + email).isEqualTo(303);
        String header = login.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher m = Pattern.compile(AccessGate.SESSION_COOKIE + "=([^;]*)").matcher(header);
        assertThat(m.find()).isTrue();
        return fromCookie(web, m.group(1));
    }

    /** The client of a session already started (by a sign-up, say). */
    static SignedInClient fromCookie(RunningWebApp web, String cookie) {
        HttpResponse<String> account = web.send(HttpRequest.newBuilder(URI.create(web.url("/account")))
                .header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie).GET());
        Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(account.body());
        assertThat(token.find()).as("a CSRF token in the account page").isTrue();
        return new SignedInClient(web, cookie, token.group(1));
    }

    HttpResponse<String> get(String path) {
        return web.send(HttpRequest.newBuilder(URI.create(web.url(path))).header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie).GET());
    }

    /** A form post as the app's own page sends it, CSRF token included. */
    HttpResponse<String> post(String path, String form) {
        String body = (form.isEmpty() ? "" : form + "&") + AccessGate.CSRF_FIELD + "=" + encoded(csrf);
        return web.send(HttpRequest.newBuilder(URI.create(web.url(path)))
                .header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
