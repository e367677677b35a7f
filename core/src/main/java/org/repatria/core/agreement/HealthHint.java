package org.repatria.core.agreement;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Person;

/**
 * A first guess at a nominee's {@link Health} from the list's free-text state of health (GC III art. 122), in
 * Ukrainian, Russian or English. Only a default for the nominating officer, who decides: a seriously wounded prisoner
 * pre-set as "fit" would lose the art. 109 exemption and the stretcher unless somebody noticed, so the guess leans
 * towards the graver class whenever the text names one.
 */
public final class HealthHint {
    // Found anywhere in a word, so compounds count: "важкопоранений", "тяжелораненый".
    private static final List<String> GRAVE = List.of("тяжк", "тяжел", "тяжёл", "важк", "критич", "носилк", "ношах",
            "лежач", "невиліков", "неизлечим", "ампут", "serious", "severe", "critical", "stretcher", "incurable",
            "amput", "bedridden");
    // "оранен" rather than "ранен", which "охранение" and "хранение" also contain; a word may also start with "ранен".
    private static final List<String> WOUNDED = List.of("оранен", "травм", "wound", "injur");
    private static final Set<String> NEGATIONS = Set.of("не", "без", "нет", "немає", "not", "no", "without");

    private HealthHint() {
    }

    /** The suggested class: not applicable for remains, else the gravest class the HEALTH text names, else fit. */
    public static Health of(Person person) {
        if (person.category() == Category.REMAINS) {
            return Health.NOT_APPLICABLE;
        }
        String text = person.details().get(DetailField.HEALTH).map(DetailValue::display).orElse("");
        return of(text);
    }

    /** The class a free-text state of health names; fit when it names none (or only denies one: "не поранений"). */
    static Health of(String text) {
        String[] words = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        Health found = Health.FIT;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && NEGATIONS.contains(words[i - 1])) {
                continue;
            }
            if (containsAny(words[i], GRAVE)) {
                return Health.SERIOUSLY_WOUNDED_OR_SICK;
            }
            if (words[i].startsWith("ранен") || containsAny(words[i], WOUNDED)) {
                found = Health.WOUNDED;
            }
        }
        return found;
    }

    private static boolean containsAny(String word, List<String> stems) {
        return stems.stream().anyMatch(word::contains);
    }
}
