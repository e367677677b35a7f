package org.repatria.match.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ukrainian and Russian forms of one given name (Олександр, Александр) and of the patronymics derived from it
 * (Олександрович, Александрович), each group under one class; any romanisation of a member, or its sound key when
 * that key belongs to one class only, finds the class too.
 */
final class Equivalents {
    static final Equivalents GIVEN_AND_PATRONYMIC = load();

    private final Map<String, String> given;
    private final Map<String, String> patronymic;

    private Equivalents(Map<String, String> given, Map<String, String> patronymic) {
        this.given = given;
        this.patronymic = patronymic;
    }

    /** The class of a lower-case given name, given its romanised forms; empty when the name is not in the table. */
    String givenClass(String text, List<String> forms) {
        return lookup(given, text, forms);
    }

    /** The class of a lower-case patronymic; empty when unknown. */
    String patronymicClass(String text, List<String> forms) {
        return lookup(patronymic, text, forms);
    }

    /** The number of distinct given-name classes (for tests and reports). */
    long givenClasses() {
        return given.values().stream().distinct().count();
    }

    private static String lookup(Map<String, String> table, String text, List<String> forms) {
        String hit = table.get(text.replace('ё', 'е'));
        for (int i = 0; hit == null && i < forms.size(); i++) {
            hit = table.get("l:" + forms.get(i));
        }
        // Sound keys are for Latin spellings the table cannot list (Alexander, Sergei); a Cyrillic name missing
        // from the table is a different name, not a variant (Мар'яна is not Марина).
        boolean latin = Script.of(text) == Script.LATIN;
        for (int i = 0; latin && hit == null && i < forms.size(); i++) {
            hit = table.get(soundKey(forms.get(i)));
        }
        return hit == null ? "" : hit;
    }

    private static Equivalents load() {
        Map<String, Set<String>> groups = new HashMap<>();
        Map<String, Set<String>> ukrainianOf = new HashMap<>();
        for (String line : lines("given-name-equivalents.txt")) {
            String[] p = line.split("\\|");
            String russian = p[1].toLowerCase(Locale.ROOT);
            String key = russian.replace('ё', 'е');
            groups.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(russian);
            groups.get(key).add(p[0].toLowerCase(Locale.ROOT));
            ukrainianOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p[0].toLowerCase(Locale.ROOT));
        }
        Map<String, Set<String>> exceptions = exceptions();
        Map<String, Set<String>> given = new HashMap<>();
        Map<String, Set<String>> patronymic = new HashMap<>();
        groups.forEach((key, names) -> {
            given.put(key, names);
            for (boolean male : new boolean[] {true, false}) {
                Set<String> forms = new LinkedHashSet<>();
                for (String n : names) {
                    boolean uk = ukrainianOf.get(key).contains(n);
                    Set<String> irregular = exceptions.get((uk ? "uk|" : "ru|") + n + "|" + male);
                    if (irregular != null) {
                        forms.addAll(irregular);
                    }
                    if (irregular == null || !uk) {
                        forms.addAll(uk ? Patronymics.ukrainian(n, male) : Patronymics.russian(n, male));
                    }
                }
                patronymic.put(key + (male ? "|m" : "|f"), forms);
            }
        });
        return new Equivalents(index(given), index(patronymic));
    }

    /** Cyrillic spellings, then romanised forms ("l:"), then sound keys ("k:") held by one class only. */
    private static Map<String, String> index(Map<String, Set<String>> classes) {
        Map<String, String> out = new HashMap<>();
        Map<String, Set<String>> byKey = new HashMap<>();
        classes.forEach((cls, names) -> {
            for (String n : names) {
                out.put(n.replace('ё', 'е'), cls);
                for (String form : Romanizer.forms(n, Script.CYRILLIC)) {
                    out.putIfAbsent("l:" + form, cls);
                    byKey.computeIfAbsent(soundKey(form), k -> new HashSet<>()).add(cls);
                }
            }
        });
        byKey.forEach((k, cls) -> {
            if (cls.size() == 1) {
                out.put(k, cls.iterator().next());
            }
        });
        return out;
    }

    /** The sound key, marked when the name ends in -a, so Oleksandr and Oleksandra, Ivan and Ivanna stay apart. */
    private static String soundKey(String form) {
        return "k:" + Phonetic.key(form) + (form.endsWith("a") ? "/a" : "");
    }

    private static Map<String, Set<String>> exceptions() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines("patronymic-exceptions.txt")) {
            String[] p = line.toLowerCase(Locale.ROOT).split("\\|");
            out.computeIfAbsent(p[0] + "|" + p[1] + "|true", k -> new LinkedHashSet<>()).add(p[2].replace('ё', 'е'));
            out.computeIfAbsent(p[0] + "|" + p[1] + "|false", k -> new LinkedHashSet<>()).add(p[3].replace('ё', 'е'));
        }
        return out;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Equivalents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("match resource " + resource + " is missing from the jar; rebuild it");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read match resource " + resource, e);
        }
        return out;
    }
}
