package org.repatria.server;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs the fixture's callers in, as the CLI does (bearer token) and as a browser does (login form). */
public final class Callers {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Callers() {
    }

    /** A client carrying a bearer token for {@code who}; a bare client for the anonymous caller. */
    public static Client api(int port, Fixture.Who who) {
        return who == Fixture.Who.ANONYMOUS ? new Client(port) : api(port, who.username());
    }

    /** A client carrying a bearer token for the account {@code username} (password {@link Fixture#PASSWORD}). */
    public static Client api(int port, String username) {
        Client c = new Client(port);
        HttpResponse<String> r = c.postJson("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + Fixture.PASSWORD + "\"}");
        if (r.statusCode() != 201) {
            throw new AssertionError("sign-in of " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        return c.bearer(Client.json(r).get("token").asString());
    }

    /** A client with a desk session cookie and its CSRF token, signed in through the login form. */
    public static Client desk(int port, Fixture.Who who) {
        if (who != Fixture.Who.ANONYMOUS) {
            return desk(port, who.username());
        }
        HttpResponse<String> form = new Client(port).get("/login");
        return new Client(port).session(cookie(form), csrf(form.body()));
    }

    /** A client signed in as the account {@code username} (password {@link Fixture#PASSWORD}) through the login form. */
    public static Client desk(int port, String username) {
        HttpResponse<String> form = new Client(port).get("/login");
        String cookie = cookie(form);
        String csrf = csrf(form.body());
        String body = "_csrf=" + enc(csrf) + "&username=" + enc(username) + "&password=" + enc(Fixture.PASSWORD);
        HttpResponse<String> login = new Client(port).session(cookie, "").post("/login", body, "application/x-www-form-urlencoded");
        if (login.statusCode() != 303) {
            throw new AssertionError("desk sign-in of " + username + " failed: " + login.statusCode());
        }
        String signedIn = cookie(login);
        HttpResponse<String> home = new Client(port).session(signedIn, "").get("/desk");
        return new Client(port).session(signedIn, csrf(home.body()));
    }

    /** The {@code name=value} of the session cookie a response sets. */
    public static String cookie(HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("repatria_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
