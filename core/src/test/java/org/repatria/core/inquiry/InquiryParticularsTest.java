package org.repatria.core.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An inquiry's particulars: required fields, limits, dates and words kept in one form, each refusal naming the field. */
class InquiryParticularsTest {
    private static Map<InquiryField, String> given() {
        Map<InquiryField, String> v = new EnumMap<>(InquiryField.class);
        v.put(InquiryField.ASKER_NAME, "Ковальчук Ганна");
        v.put(InquiryField.ASKER_RELATION, "мати");
        v.put(InquiryField.ASKER_CONTACT, "+380 44 000 00 00");
        v.put(InquiryField.CONSENT, "Yes");
        v.put(InquiryField.NAMES, "  Ковальчук   Олександр \n\n Kovalchuk Oleksandr ");
        return v;
    }

    private static void refused(InquiryField field, String value, String token) {
        Map<InquiryField, String> v = given();
        v.put(field, value);
        assertThatThrownBy(() -> new InquiryParticulars(v)).isInstanceOfSatisfying(InquiryException.class,
                e -> assertThat(e.field()).isEqualTo(token));
    }

    @Test
    void aBirthDateWrittenDayFirstIsKeptAsIso() {
        Map<InquiryField, String> v = given();
        v.put(InquiryField.BIRTH_DATE, "12.04.1990");

        assertThat(new InquiryParticulars(v).text(InquiryField.BIRTH_DATE)).isEqualTo("1990-04-12");
    }

    @Test
    void namesAreOnePerLineWithSpacesTidied() {
        assertThat(new InquiryParticulars(given()).names()).containsExactly("Ковальчук Олександр", "Kovalchuk Oleksandr");
    }

    @Test
    void consentAndSexAreKeptInOneCase() {
        Map<InquiryField, String> v = given();
        v.put(InquiryField.SEX, "m");

        InquiryParticulars p = new InquiryParticulars(v);

        assertThat(p.consents()).isTrue();
        assertThat(p.text(InquiryField.SEX)).isEqualTo("M");
    }

    @Test
    void eachRequiredFieldIsNamedWhenMissing() {
        for (InquiryField f : InquiryField.values()) {
            if (f.required()) {
                refused(f, "", f.token());
            }
        }
    }

    @Test
    void aValueOverItsLimitIsRefusedNamingTheField() {
        refused(InquiryField.UNIT, "x".repeat(201), "unit");
    }

    @Test
    void moreThanTenNamesAreRefused() {
        refused(InquiryField.NAMES, "A B\n".repeat(11), "names");
    }

    @Test
    void aControlCharacterIsRefused() {
        refused(InquiryField.ASKER_NAME, "Ганна\u0007", "asker_name");
    }

    @Test
    void aConsentDateMustBeADay() {
        refused(InquiryField.CONSENT_DATE, "2025", "consent_date");
    }
}
