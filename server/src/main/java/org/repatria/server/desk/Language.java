package org.repatria.server.desk;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The desk's languages; chosen by a {@code ?lang=} link (remembered in a cookie), else by Accept-Language. */
enum Language {
    EN("en", "English"), UK("uk", "Українська"), RU("ru", "Русский");

    static final String COOKIE = "repatria_lang";
    private static final int A_YEAR = 365 * 24 * 3600;
    private final String tag;
    private final String selfName;

    Language(String tag, String selfName) {
        this.tag = tag;
        this.selfName = selfName;
    }

    String tag() {
        return tag;
    }

    /** The language's name in itself, for the switcher. */
    String selfName() {
        return selfName;
    }

    Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    static Optional<Language> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
    }

    /** The request's language; a valid {@code ?lang=} also sets the cookie for the following pages. */
    static Language of(Context ctx, boolean secureCookies) {
        Optional<Language> asked = of(ctx.queryParam("lang"));
        if (asked.isPresent()) {
            ctx.cookie(new Cookie(COOKIE, asked.get().tag, "/", A_YEAR, secureCookies, true, "", SameSite.LAX));
            return asked.get();
        }
        return of(ctx.cookie(COOKIE)).or(() -> fromHeader(ctx.header("Accept-Language"))).orElse(EN);
    }

    private static Optional<Language> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<Locale> ours = Arrays.stream(values()).map(Language::locale).toList();
            return Optional.ofNullable(Locale.lookup(ranges, ours)).flatMap(l -> of(l.getLanguage()));
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }
}
