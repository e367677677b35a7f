package org.repatria.demo;

import java.time.LocalDate;
import org.repatria.core.person.Sex;
import org.repatria.demo.name.NameForms.Language;

/**
 * Who a synthetic person really is, before any side writes them down: the surname in its masculine
 * form and the father's given name, from which each list derives the gendered forms it writes.
 */
record TrueIdentity(Language language, Sex sex, String surname, String given, String father, LocalDate birth,
                BilingualTerm place, BilingualTerm unit, BilingualTerm rank, String militaryId) {
}
