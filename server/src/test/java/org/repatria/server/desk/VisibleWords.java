package org.repatria.server.desk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: the words a reader sees on a desk page, and among them the English ones. Text inside {@code script},
 * {@code style}, {@code code} (identifiers) and any element of class {@code verbatim} (names and document bytes shown as
 * written) is not the desk's own words and is left out; attributes a reader sees (title, placeholder, alt, aria-label,
 * a button's value) are read.
 */
final class VisibleWords {
    /** Latin words the desk may show in any language: the product's name, file formats, acronyms used as names. */
    static final Set<String> ALLOWED = Set.of("repatria", "csv", "xlsx", "pdf", "dna", "icrc", "utc", "sha", "lr", "str",
            "ed25519", "webcrypto", "log10");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "code", "template");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>|<!--.*?-->|<!DOCTYPE[^>]*>",
            Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("\\bclass=\"([^\"]*)\"");
    private static final Pattern SEEN_ATTRIBUTE = Pattern.compile("\\b(title|placeholder|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern BUTTON_VALUE = Pattern.compile("\\btype=\"(submit|button)\"[^>]*\\bvalue=\"([^\"]*)\"");
    /**
     * A word; one with digits, or joined to others by dots, slashes, underscores or commas without a space (a file's
     * column names), is an identifier.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_'’.:/@,-]*");

    private VisibleWords() {
    }

    /** The text a reader sees on {@code html}, outside verbatim and identifiers. */
    static String text(String html) {
        StringBuilder out = new StringBuilder();
        Deque<Boolean> skipping = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            if (!skipping.contains(Boolean.TRUE)) {
                out.append(unescape(html.substring(at, m.start()))).append(' ');
            }
            at = m.end();
            if (m.group(2) == null) {
                continue;
            }
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            String attributes = m.group(3);
            boolean closing = !m.group(1).isEmpty();
            if (closing) {
                while (!open.isEmpty()) {
                    String top = open.pop();
                    skipping.pop();
                    if (top.equals(tag)) {
                        break;
                    }
                }
                continue;
            }
            boolean skip = SKIPPED_TAGS.contains(tag) || verbatim(attributes);
            if (!skip && !skipping.contains(Boolean.TRUE)) {
                Matcher a = SEEN_ATTRIBUTE.matcher(attributes);
                while (a.find()) {
                    out.append(unescape(a.group(2))).append(' ');
                }
                Matcher b = BUTTON_VALUE.matcher(attributes);
                if (tag.equals("input") && b.find()) {
                    out.append(unescape(b.group(2))).append(' ');
                }
            }
            if (!VOID.contains(tag) && m.group(4).isEmpty()) {
                open.push(tag);
                skipping.push(skip);
            }
        }
        if (!skipping.contains(Boolean.TRUE)) {
            out.append(unescape(html.substring(at)));
        }
        return out.toString();
    }

    /** The English words in {@code text}: Latin-script words of two letters or more, outside the allow-list. */
    static Set<String> english(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replaceAll("[.:'’/@,-]+$", "");
            if (w.length() < 2 || !w.chars().allMatch(c -> c < 0x80 && Character.isLetter(c) || c == '\'' || c == '-')) {
                continue;
            }
            for (String part : w.split("[-']")) {
                if (part.length() >= 2 && !ALLOWED.contains(part.toLowerCase(Locale.ROOT))) {
                    found.add(w);
                }
            }
        }
        return found;
    }

    private static boolean verbatim(String attributes) {
        Matcher c = CLASS.matcher(attributes);
        if (!c.find()) {
            return false;
        }
        for (String name : c.group(1).split("\\s+")) {
            if (name.equals("verbatim")) {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
