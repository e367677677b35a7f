package org.repatria.core.reunification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;

class ReunificationTextTest {
    private static final ListId HELD = new ListId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final ListId REQUEST = new ListId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    private static ReunificationText text() {
        return new ReunificationText("children-1", 1, "ab".repeat(32), new PersonRef(HELD, "3"), new PersonRef(REQUEST, "17"),
                new PartyId("ua"), new Guardian("Коваленко Олена", "passport", "FA 123456", "mother", LegalStanding.PARENT,
                "birth certificate I-ЖТ 123456"), new Escort("Anna Meier", EscortRole.ICRC_DELEGATE, "ICRC card 4411"),
                "ua/ua-desk", Instant.parse("2025-06-09T10:15:00Z"));
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(ReunificationText.parse(text().encoded())).isEqualTo(text());
    }

    @Test
    void writesOneKeyValueLinePerField() {
        String written = new String(text().encoded(), StandardCharsets.UTF_8);
        assertThat(written).startsWith("repatria-reunification/v1\nagreement children-1\ntranche 1\n")
                .contains("\nguardian-standing parent\n").contains("\nescort-role icrc-delegate\n")
                .endsWith("checked-at 2025-06-09T10:15:00Z\n");
    }

    @Test
    void refusesATextWithABlankAfterAValue() {
        byte[] spaced = new String(text().encoded(), StandardCharsets.UTF_8).replace("tranche 1\n", "tranche 1 \n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReunificationText.parse(spaced)).isInstanceOf(ReunificationException.class);
    }

    @Test
    void refusesATextWithItsLinesInAnotherOrder() {
        byte[] swapped = new String(text().encoded(), StandardCharsets.UTF_8).replace("agreement children-1\ntranche 1\n",
                "tranche 1\nagreement children-1\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReunificationText.parse(swapped)).isInstanceOf(ReunificationException.class)
                .hasMessageContaining("line 2 must start with 'agreement '");
    }

    @Test
    void refusesAnUnknownStanding() {
        assertThatThrownBy(() -> LegalStanding.parse("guardian.standing", "neighbour")).isInstanceOf(ReunificationException.class)
                .hasMessageContaining("parent, legal-guardian, authorised-relative");
    }

    @Test
    void refusesAGuardianWithoutIdentityDocumentNumber() {
        assertThatThrownBy(() -> new Guardian("Коваленко Олена", "passport", " ", "mother", LegalStanding.PARENT, "birth certificate"))
                .isInstanceOf(ReunificationException.class).extracting(e -> ((ReunificationException) e).field())
                .isEqualTo("guardian.document_number");
    }

    @Test
    void refusesAnEscortNameOfTwoLines() {
        assertThatThrownBy(() -> new Escort("Anna\nMeier", EscortRole.RELATIVE, "passport 1"))
                .isInstanceOf(ReunificationException.class).hasMessageContaining("one line");
    }
}
