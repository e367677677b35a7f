package org.repatria.demo;

import org.repatria.core.person.PersonName;
import org.repatria.demo.name.NameForms;
import org.repatria.demo.name.NameForms.Language;
import org.repatria.demo.name.RussianSpelling;

/** Writes a person's name in their own language, or as a Russian list writes a Ukrainian name. */
final class NameWriter {
    private final NameForms forms;

    NameWriter(NameForms forms) {
        this.forms = forms;
    }

    PersonName own(TrueIdentity who) {
        Language lang = who.language();
        return new PersonName(forms.surname(lang, who.surname(), who.sex()), who.given(),
                forms.patronymic(lang, who.father(), who.sex()));
    }

    /** Russian forms: Шевченко Олександр Сергійович → Шевченко Александр Сергеевич. */
    PersonName russian(TrueIdentity who) {
        if (who.language() == Language.RUSSIAN) {
            return own(who);
        }
        String surname = forms.surname(Language.RUSSIAN, RussianSpelling.of(who.surname()), who.sex());
        String given = forms.russian(who.given()).orElseGet(() -> RussianSpelling.letterByLetter(who.given()));
        String father = forms.russian(who.father()).orElseGet(() -> RussianSpelling.letterByLetter(who.father()));
        return new PersonName(surname, given, forms.patronymic(Language.RUSSIAN, father, who.sex()));
    }
}
