package org.repatria.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetailsTest {
    private static final PersonName NAME = new PersonName("Бондар", "Ігор", "");

    @Test
    void aPersonMadeWithoutDetailsHasNone() {
        Person p = new Person("1", NAME, NAME, Sex.MALE, PartialDate.unknown(), "", "", "", "", Category.POW);
        assertThat(p.details()).isEqualTo(Details.none());
        assertThat(p.details().get(DetailField.CAPTURE_DATE)).isEmpty();
    }

    @Test
    void detailsAreCopiedAndCannotBeChangedAfterwards() {
        var values = new java.util.EnumMap<DetailField, DetailValue>(DetailField.class);
        values.put(DetailField.HEALTH, new DetailValue.Text("поранений"));
        Details details = new Details(values);
        values.clear();
        assertThat(details.get(DetailField.HEALTH)).contains(new DetailValue.Text("поранений"));
        assertThatThrownBy(() -> details.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDateDetailShowsItsIsoFormAtItsPrecision() {
        assertThat(new DetailValue.Date(PartialDate.parseIso("2024-05")).display()).isEqualTo("2024-05");
        assertThat(DetailField.BURIAL_DATE.kind()).isEqualTo(DetailField.Kind.DATE);
        assertThat(DetailField.MOTHER_NAME.source()).contains("GC III 122");
    }

    @Test
    void aPersonNeedsDetailsNotNull() {
        assertThatThrownBy(() -> new Person("1", NAME, NAME, Sex.MALE, PartialDate.unknown(), "", "", "", "", Category.POW, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("details");
    }
}
