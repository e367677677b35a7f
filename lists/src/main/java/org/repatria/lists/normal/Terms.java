package org.repatria.lists.normal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.repatria.core.person.Category;
import org.repatria.core.person.Sex;

/** Reads sex and category cells written in English, Ukrainian or Russian, in full or abbreviated. */
public final class Terms {
    private static final Map<String, Sex> SEXES = new HashMap<>();
    private static final Map<String, Category> CATEGORIES = new HashMap<>();

    static {
        for (String s : new String[] {"m", "male", "man", "1", "м", "ч", "чол", "чоловік", "чоловіча", "муж", "мужской", "мужчина"}) {
            SEXES.put(s, Sex.MALE);
        }
        for (String s : new String[] {"f", "female", "woman", "2", "ж", "жін", "жінка", "жіноча", "жен", "женский", "женщина"}) {
            SEXES.put(s, Sex.FEMALE);
        }
        for (String s : new String[] {"pow", "prisoner of war", "вп", "військовополонений", "військовополонена",
            "военнопленный", "военнопленная"}) {
            CATEGORIES.put(s, Category.POW);
        }
        for (String s : new String[] {"civilian", "цивільний", "цивільна", "цивільна особа", "гражданский",
            "гражданская", "гражданское лицо"}) {
            CATEGORIES.put(s, Category.CIVILIAN);
        }
        for (String s : new String[] {"remains", "body", "тіло", "останки", "тело"}) {
            CATEGORIES.put(s, Category.REMAINS);
        }
        for (String s : new String[] {"child", "дитина", "ребенок", "ребёнок"}) {
            CATEGORIES.put(s, Category.CHILD);
        }
    }

    private Terms() {
    }

    /** The sex a cleaned, non-empty cell names; empty if it names none. */
    public static Optional<Sex> sex(String text) {
        return Optional.ofNullable(SEXES.get(key(text)));
    }

    /** The category a cleaned, non-empty cell names; empty if it names none. */
    public static Optional<Category> category(String text) {
        return Optional.ofNullable(CATEGORIES.get(key(text)));
    }

    private static String key(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
