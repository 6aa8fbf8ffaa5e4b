package org.restwise.app.web;

import org.restwise.app.auth.Accounts;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restwise.app.auth.PasswordHasher;
import org.restwise.app.auth.SignIn;
import org.restwise.core.access.Role;

/** A server with accounts: every route behind one gate, sessions, CSRF, throttling and API tokens. */
class AccountsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String EMAIL = "ana@example.org";
    private static final String PASSWORD = "correct horse battery";

    private RunningWebApp web;

    @BeforeEach
    void startWithAnAccount() {
        web = new RunningWebApp(WebApp.DEFAULT_MAX_UPLOAD_BYTES, false);
        String hash = new PasswordHasher().hash(PASSWORD);
        new Accounts(web.journal, java.time.Clock.systemUTC()).create(EMAIL, hash, EnumSet.of(Role.ADMIN, Role.ATHLETE), false);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void withAnAccountEveryPageAsksToSignInFirst() {
        HttpResponse<String> page = web.get("/journal");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/login?next=%2Fjournal");
        assertThat(web.get("/login").body()).contains("Sign in");
        assertThat(web.get("/static/restwise.css").statusCode()).isEqualTo(200);
    }

    @Test
    void withAnAccountTheApiAnswers401WithTheUsualBody() {
        HttpResponse<String> response = web.get("/api/profile");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error\"").contains("Bearer");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressAreRefusedInTheSameWords() {
        HttpResponse<String> wrongPassword = login(EMAIL, "not the password at all");
        HttpResponse<String> nobody = login("nobody@example.org", PASSWORD);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains(SignIn.NOT_RECOGNISED);
        assertThat(nobody.body()).contains(SignIn.NOT_RECOGNISED);
        assertThat(wrongPassword.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void signingInGivesAPrivateCookieWithANewIdAndTheNextPage() {
        HttpResponse<String> first = login(EMAIL, PASSWORD, "/journal", null);
        String cookie = sessionCookie(first);
        HttpResponse<String> again = login(EMAIL, PASSWORD, "/", cookie);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).contains("/journal");
        String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
        assertThat(sessionCookie(again)).isNotEqualTo(cookie);
        assertThat(get("/", cookie).statusCode()).as("the old id ends at the new sign-in").isEqualTo(303);
    }

    @Test
    void aSignedInPageCarriesItsCsrfTokenAndAChangeWithoutItIsRefused() {
        String cookie = sessionCookie(login(EMAIL, PASSWORD));
        String page = get("/", cookie).body();
        String token = csrf(page);

        HttpResponse<String> without = post("/", cookie, "signals.heavyLegs=true");
        HttpResponse<String> with = post("/", cookie, "signals.heavyLegs=true&_csrf=" + token);

        assertThat(page).contains("name=\"_csrf\"").contains("<meta name=\"csrf-token\"")
                .contains("<li><a href=\"/account\">Account</a></li>");
        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(with.body()).contains("data-decision=\"MOVE\"");
    }

    @Test
    void signingOutEndsTheSession() {
        String cookie = sessionCookie(login(EMAIL, PASSWORD));
        String token = csrf(get("/", cookie).body());

        HttpResponse<String> out = post("/logout", cookie, "_csrf=" + token);

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(get("/", cookie).statusCode()).isEqualTo(303);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccount() {
        String phone = sessionCookie(login(EMAIL, PASSWORD));
        String laptop = sessionCookie(login(EMAIL, PASSWORD));

        post("/logout-everywhere", laptop, "_csrf=" + csrf(get("/", laptop).body()));

        assertThat(get("/", phone).statusCode()).isEqualTo(303);
        assertThat(get("/", laptop).statusCode()).isEqualTo(303);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileEvenForTheRightOne() {
        for (int i = 0; i < 5; i++) {
            login(EMAIL, "wrong password number " + i);
        }

        HttpResponse<String> right = login(EMAIL, PASSWORD);

        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(right.body()).contains(SignIn.TOO_MANY);
    }

    @Test
    void aPersonalTokenIsShownOnceStoredHashedAndStopsWorkingWhenRevoked() {
        String cookie = sessionCookie(login(EMAIL, PASSWORD));
        String made = post("/account/tokens", cookie, "name=laptop+script&_csrf=" + csrf(get("/account", cookie).body())).body();
        Matcher shown = Pattern.compile("<code class=\"token\">(rw_[A-Za-z0-9_-]+)</code>").matcher(made);
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);

        HttpResponse<String> withToken = bearer("/api/profile", token);
        String accountPage = get("/account", cookie).body();
        List<String> stored = web.journal.read(j -> j.apiTokens().of(1).stream().map(t -> t.name()).toList());

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(accountPage).doesNotContain(token);
        assertThat(stored).containsExactly("laptop script");
        post("/account/tokens/1/revoke", cookie, "_csrf=" + csrf(accountPage));
        assertThat(bearer("/api/profile", token).statusCode()).isEqualTo(401);
    }

    @Test
    void aSignInNeverRedirectsOffThisServer() {
        HttpResponse<String> response = login(EMAIL, PASSWORD, "//evil.example/steal", null);

        assertThat(response.headers().firstValue("Location")).contains("/");
        assertThat(AccountPages.safeNext("https://evil.example")).isEqualTo("/");
        assertThat(AccountPages.safeNext("/journal?days=7")).isEqualTo("/journal?days=7");
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        String stored = web.journal.read(j -> j.accounts().find(EMAIL).orElseThrow().passwordHash());

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        assertThat(new PasswordHasher().matches(PASSWORD, stored)).isTrue();
        assertThat(new PasswordHasher().matches(PASSWORD + "!", stored)).isFalse();
    }

    @Test
    void behindATrustedTlsProxyTheCookieIsSecure() {
        try (RunningWebApp proxied = new RunningWebApp(WebApp.DEFAULT_MAX_UPLOAD_BYTES, true)) {
            String hash = new PasswordHasher().hash(PASSWORD);
            new Accounts(proxied.journal, java.time.Clock.systemUTC()).create(EMAIL, hash, EnumSet.of(Role.ATHLETE), false);
            HttpResponse<String> response = proxied.send(HttpRequest.newBuilder(URI.create(proxied.url("/login")))
                    .header("Content-Type", FORM).header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString(form(EMAIL, PASSWORD, "/"))));

            assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Secure"));
        }
    }

    private HttpResponse<String> login(String email, String password) {
        return login(email, password, "/", null);
    }

    private HttpResponse<String> login(String email, String password, String next, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.url("/login"))).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form(email, password, next)));
        if (cookie != null) {
            request.header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie);
        }
        return web.send(request);
    }

    private static String form(String email, String password, String next) {
        return "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String cookie) {
        return web.send(HttpRequest.newBuilder(URI.create(web.url(path))).header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie).GET());
    }

    private HttpResponse<String> post(String path, String cookie, String body) {
        return web.send(HttpRequest.newBuilder(URI.create(web.url(path))).header("Content-Type", FORM)
                .header("Cookie", AccessGate.SESSION_COOKIE + "=" + cookie).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> bearer(String path, String token) {
        return web.send(HttpRequest.newBuilder(URI.create(web.url(path))).header("Authorization", "Bearer " + token).GET());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher m = Pattern.compile(AccessGate.SESSION_COOKIE + "=([^;]*)").matcher(header);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }
}
