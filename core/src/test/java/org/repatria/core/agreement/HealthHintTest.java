package org.repatria.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.DetailField;
import org.repatria.core.person.DetailValue;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;

class HealthHintTest {
    @Test
    void gravelyWoundedInAnyOfTheThreeLanguagesIsSeriouslyWoundedOrSick() {
        for (String text : new String[] {"важкопоранений", "тяжело ранен", "Тяжёлое ранение живота", "на ношах",
                "seriously wounded", "needs a stretcher", "ампутація лівої ноги"}) {
            assertThat(HealthHint.of(text)).as(text).isEqualTo(Health.SERIOUSLY_WOUNDED_OR_SICK);
        }
    }

    @Test
    void woundedWithoutAGraveWordIsWounded() {
        for (String text : new String[] {"поранений", "ранен в руку", "легкопоранений", "травма голови", "wounded, walks"}) {
            assertThat(HealthHint.of(text)).as(text).isEqualTo(Health.WOUNDED);
        }
    }

    @Test
    void aDeniedWoundAndOrdinaryTextAreFit() {
        for (String text : new String[] {"", "здоровий", "не поранений", "без ранений", "not wounded", "хранение вещей"}) {
            assertThat(HealthHint.of(text)).as(text).isEqualTo(Health.FIT);
        }
    }

    @Test
    void remainsHaveNoStateOfHealthWhateverTheirRowSays() {
        assertThat(HealthHint.of(person(Category.REMAINS, "тяжело ранен"))).isEqualTo(Health.NOT_APPLICABLE);
    }

    @Test
    void aPrisonersRowIsReadFromItsHealthDetail() {
        assertThat(HealthHint.of(person(Category.POW, "тяжело ранен"))).isEqualTo(Health.SERIOUSLY_WOUNDED_OR_SICK);
    }

    private static Person person(Category category, String health) {
        PersonName name = new PersonName("Коваль", "Петро", "");
        return new Person("1", name, name, Sex.MALE, new PartialDate.Unknown(), "", "", "", "", category,
                new Details(Map.of(DetailField.HEALTH, new DetailValue.Text(health))));
    }
}
