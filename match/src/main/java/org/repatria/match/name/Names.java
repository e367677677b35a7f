package org.repatria.match.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Turns raw name fields into {@link Name}s, remembering each distinct text (lists repeat names a lot). */
public final class Names {
    private static final Pattern SETTLEMENT_TYPE = Pattern.compile(
            "(^|\\s)(м|г|с|m|g|h|s|смт|пгт|smt|pgt|місто|город|село|селище|посёлок|поселок)\\.?(?=\\s)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Map<String, Name> given = new ConcurrentHashMap<>();
    private final Map<String, Name> patronymic = new ConcurrentHashMap<>();
    private final Map<String, Name> other = new ConcurrentHashMap<>();

    /** A given name, with its Ukrainian/Russian equivalence class. */
    public Name given(String raw) {
        return cached(given, raw, Equivalents.GIVEN_AND_PATRONYMIC::givenClass);
    }

    /** A patronymic, with its equivalence class (which carries the sex: Олександрович is not Олександрівна). */
    public Name patronymic(String raw) {
        return cached(patronymic, raw, Equivalents.GIVEN_AND_PATRONYMIC::patronymicClass);
    }

    /** A surname, place or unit: romanised forms and sound keys, no equivalence class. */
    public Name plain(String raw) {
        return cached(other, raw, (t, forms) -> "");
    }

    /**
     * A place of birth as the settlement alone: the part before the first comma (the region after it is written too
     * differently across languages to help), without the settlement-type word before it (м. Київ, г. Киев, H. Kyiv,
     * село, смт).
     */
    public Name place(String raw) {
        String settlement = raw.split(",", 2)[0].toLowerCase(Locale.ROOT);
        return plain(SETTLEMENT_TYPE.matcher(settlement).replaceAll(" ").strip());
    }

    private interface Classifier {
        String classify(String text, List<String> forms);
    }

    private static Name cached(Map<String, Name> cache, String raw, Classifier classifier) {
        String text = normal(raw);
        if (text.isEmpty()) {
            return Name.EMPTY;
        }
        return cache.computeIfAbsent(text, t -> {
            List<String> forms = Romanizer.forms(t, Script.of(t));
            List<String> keys = new ArrayList<>();
            for (String f : forms) {
                String k = Phonetic.key(f);
                if (!k.isEmpty() && !keys.contains(k)) {
                    keys.add(k);
                }
            }
            return forms.isEmpty() ? Name.EMPTY : new Name(t, forms, keys, classifier.classify(t, forms));
        });
    }

    /** Lower case, NFC, one kind of apostrophe, single spaces. */
    static String normal(String raw) {
        String s = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = s.replace('’', '\'').replace('ʼ', '\'').replace('`', '\'');
        return SPACES.matcher(s).replaceAll(" ");
    }
}
