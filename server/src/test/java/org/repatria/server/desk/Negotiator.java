package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repatria.ledger.note.NoteSigner;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;

/** Test fixture: a side's desk negotiating through the desk's forms, as a browser would post them. */
final class Negotiator {
    static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern STATEMENT = Pattern.compile("data-statement=\"([^\"]+)\"");
    private static final Pattern CONTENT = Pattern.compile("name=\"content\" value=\"([^\"]+)\"");
    private final RunningServer running;
    private final Fixture.Who who;

    Negotiator(RunningServer running, Fixture.Who who) {
        this.running = running;
        this.who = who;
    }

    /** The proposal form's fields for five prisoners for five, ua first, due in June 2025. */
    static Map<String, List<String>> fiveForFive(String id) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("id", List.of(id));
        f.put("counterparty", List.of("ru"));
        f.put("kind", List.of("PRISONERS"));
        f.put("terms", List.of("fixed-counts"));
        f.put("first-gives", List.of("5"));
        f.put("second-gives", List.of("5"));
        f.put("categories", List.of("POW"));
        f.put("health", List.of("FIT", "WOUNDED", "SERIOUSLY_WOUNDED_OR_SICK"));
        f.put("exempt", List.of("SERIOUSLY_WOUNDED_OR_SICK"));
        f.put("nominations-by", List.of("2025-06-05"));
        f.put("completed-by", List.of("2025-06-30"));
        return f;
    }

    HttpResponse<String> post(String path, Map<String, List<String>> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, vs) -> vs.forEach(v -> pairs.add(enc(k) + "=" + enc(v))));
        return running.desk(who).post(path, String.join("&", pairs), FORM);
    }

    HttpResponse<String> get(String path) {
        return running.desk(who).get(path);
    }

    /** Signs the statement offered on {@code page} with {@code key} and posts it with the content to {@code action}. */
    HttpResponse<String> sign(String page, String action, NoteSigner key) {
        String statement = offered(STATEMENT, page);
        return post(action, Map.of("statement", List.of(statement), "content", List.of(offered(CONTENT, page)),
                "signature", List.of(DocumentDeskTest.signatureLine(statement, key))));
    }

    /** Posts the offered content to {@code action} asking for the server-held key. */
    HttpResponse<String> signWithServerHeldKey(String page, String action) {
        return post(action, Map.of("custody", List.of("server-held"), "content", List.of(offered(CONTENT, page))));
    }

    private static String offered(Pattern p, String page) {
        Matcher m = p.matcher(page);
        assertThat(m.find()).as("the page offers " + p + ":\n" + page).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
