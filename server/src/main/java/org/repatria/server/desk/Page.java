package org.repatria.server.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.repatria.core.account.Account;

/**
 * What every desk page needs besides its own content: the words, the signed-in account, the
 * session's CSRF token for forms, where the page is (for the language links), and the error code when
 * the page reports a refusal ("" otherwise; written as {@code data-error} on {@code <main>} for programs), and for
 * the mediator how many documents await relay (the count in the navigation; empty for everyone else), and for the
 * mediator and party desks how many things wait on the reader today (issue 17; empty for everyone else).
 */
record Page(Text t, Language lang, Optional<Account> account, String csrf, String path,
            Map<String, List<String>> query, String title, String error, OptionalInt awaitingRelay, OptionalInt today) {

    /** A page with no count of work for today. */
    Page(Text t, Language lang, Optional<Account> account, String csrf, String path, Map<String, List<String>> query,
         String title, String error, OptionalInt awaitingRelay) {
        this(t, lang, account, csrf, path, query, title, error, awaitingRelay, OptionalInt.empty());
    }

    /** The same page reporting a refusal: {@code error} is the machine code (e.g. {@code forbidden}) in the markup. */
    Page refusing(String code) {
        return new Page(t, lang, account, csrf, path, query, title, code, awaitingRelay, today);
    }

    List<Language> languages() {
        return List.of(Language.values());
    }

    /** This page again in another language, keeping its query (filter, sort, page). */
    String langLink(Language l) {
        String rest = query.entrySet().stream().filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return path + "?" + (rest.isEmpty() ? "" : rest + "&") + "lang=" + l.tag();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
