package org.repatria.core.death;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.PartialDate;

/** The death record's canonical text: its field list, one spelling, and the particulars it refuses. */
class DeathRecordTextTest {
    private static final Instant AT = Instant.parse("2025-06-20T10:00:00Z");

    static DeathRecordText record(String birth, String death, String surname) {
        return new DeathRecordText("dec-1", "", new PartyId("ua"), new PartyId("ru"), "a-identification", AT,
                new Identity(surname, "Иван", "Петрович", PartialDate.parseIso(birth), "МИ-123", "unit 1", "private"),
                new Death(PartialDate.parseIso(death), "near Kupiansk", "the unit's report", ""),
                new DnaSummary("case-1", "V3", 0.69897, "mother; full sibling"),
                new RemainsWhere(RemainsState.HELD, "bag B-17, morgue of Kyiv"));
    }

    @Test
    void theTextHasEveryParticularInItsFixedOrderAndReadsBackTheSame() {
        DeathRecordText r = record("1990-03", "2025-05-14", "Иванов");

        byte[] text = r.encoded();

        assertThat(new String(text, StandardCharsets.UTF_8)).startsWith(DeathRecordText.HEADER + "\nidentification dec-1\n")
                .contains("\nsurname Иванов\n", "\ndeath-date 2025-05-14\n", "\nlog10-lr 0.698970\n",
                        "\nremains-state held\n");
        assertThat(DeathRecordText.parse(text)).isEqualTo(r);
    }

    @Test
    void aTextWithBlanksAroundAValueIsNotCanonical() {
        String text = new String(record("1990", "", "Иванов").encoded(), StandardCharsets.UTF_8)
                .replace("unit unit 1", "unit unit 1 ");

        assertThatThrownBy(() -> DeathRecordText.parse(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DeathRecordException.class).hasMessageContaining("canonical");
    }

    @Test
    void aDeathAfterTheRecordsDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> record("1990", "2025-06-21", "Иванов")).isInstanceOf(DeathRecordException.class)
                .hasMessageContaining("death_date").hasMessageContaining("after the record's date 2025-06-20");
    }

    @Test
    void aDeathBeforeBirthIsRefusedNamingTheField() {
        assertThatThrownBy(() -> record("1990-03", "1990-02", "Иванов")).isInstanceOf(DeathRecordException.class)
                .hasMessageContaining("death_date").hasMessageContaining("before the date of birth 1990-03");
    }

    @Test
    void aDeathInTheMonthOfBirthIsAccepted() {
        assertThat(record("1990-03", "1990", "Иванов").death().date().iso()).isEqualTo("1990");
    }

    @Test
    void aSurnameOverTheLimitIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> record("1990", "", "Щ".repeat(201))).isInstanceOf(DeathRecordException.class)
                .hasMessage("field surname: 201 characters, the limit is 200");
    }

    @Test
    void aPlaceOfDeathWithoutHowItIsKnownIsRefused() {
        assertThatThrownBy(() -> new Death(PartialDate.unknown(), "Kupiansk", "", ""))
                .isInstanceOf(DeathRecordException.class).hasMessageContaining("death_known_by");
    }
}
