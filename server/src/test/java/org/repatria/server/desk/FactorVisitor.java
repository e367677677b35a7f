package org.repatria.server.desk;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.party.PartyId;
import org.repatria.server.Callers;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import org.repatria.server.Seeding;

/** A browser on the login form and the second factor's pages: it keeps its cookie and the page's CSRF token. */
final class FactorVisitor {
    static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern SECRET = Pattern.compile("id=\"factor-secret\">([A-Z2-7]+)<");
    private final RunningServer running;
    private String cookie;
    private String csrf;

    FactorVisitor(RunningServer running) {
        this.running = running;
        HttpResponse<String> form = new Client(running.port()).get("/login");
        this.cookie = Callers.cookie(form);
        this.csrf = Callers.csrf(form.body());
    }

    /** A new party desk account of {@code party} with the fixture's password. */
    static Account account(RunningServer running, String username, PartyId party) {
        Account a = new Account(username, username, party, Role.PARTY_DESK);
        Seeding.addAccount(running.world().store, a, Fixture.PASSWORD.toCharArray());
        return a;
    }

    /** The current code of a Base32 secret at {@code at} (the test's own computation, over the same library). */
    static String code(String secret, Instant at) {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
            return totp.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()),
                    at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new AssertionError(e);
        }
    }

    static String secretOn(String page) {
        Matcher m = SECRET.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no key on the page");
        }
        return m.group(1);
    }

    HttpResponse<String> password(String username) {
        return post("/login", "username=" + enc(username) + "&password=" + enc(Fixture.PASSWORD));
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> r = client().get(path);
        if (r.statusCode() == 200 && r.body().contains("name=\"_csrf\"")) {
            csrf = Callers.csrf(r.body());
        }
        return r;
    }

    HttpResponse<String> post(String path, String form) {
        HttpResponse<String> r = client().post(path, "_csrf=" + enc(csrf) + "&" + form, FORM);
        r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("repatria_session=")).findFirst()
                .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        if (r.body().contains("name=\"_csrf\"")) {
            csrf = Callers.csrf(r.body());
        }
        return r;
    }

    /** After a signed-in redirect: pick up the session's CSRF token from the overview. */
    FactorVisitor signedIn() {
        get("/desk");
        return this;
    }

    String cookie() {
        return cookie;
    }

    Client client() {
        return new Client(running.port()).session(cookie, "");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
