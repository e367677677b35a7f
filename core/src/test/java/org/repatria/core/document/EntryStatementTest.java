package org.repatria.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.document.Envelopes.ISTANBUL;
import static org.repatria.core.document.Envelopes.MEDIATOR;
import static org.repatria.core.document.Envelopes.RU;
import static org.repatria.core.document.Envelopes.UA;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;

class EntryStatementTest {
    private static final Instant LATER = ISTANBUL.plusSeconds(60);

    @Test
    void aSubmissionIsTheStepLinesFollowedByTheEnvelope() {
        EntryStatement s = new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, ISTANBUL, Envelopes.list());
        assertThat(s.text()).isEqualTo("repatria-entry/v1\nkind submitted\nsigner ua\nkey own\ntime 2025-06-02T10:15:30Z\n"
                + Envelopes.list().text());
    }

    @Test
    void everyStepParsesBackToTheSameStatement() {
        for (EntryStatement s : List.of(
                new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.SERVER_HELD, ISTANBUL, Envelopes.list()),
                new EntryStatement(EntryKind.RELAYED, MEDIATOR, KeyCustody.OWN, LATER, Envelopes.list()),
                new EntryStatement(EntryKind.ACKNOWLEDGED, RU, KeyCustody.OWN, LATER, Envelopes.list()))) {
            assertThat(EntryStatement.parse(s.encoded())).isEqualTo(s);
        }
    }

    @Test
    void onlyTheAuthorSubmits() {
        assertThatThrownBy(() -> new EntryStatement(EntryKind.SUBMITTED, MEDIATOR, KeyCustody.OWN, ISTANBUL, Envelopes.list()))
                .isInstanceOf(DocumentFormatException.class).hasMessageContaining("signed by the author ua, not by tr-mfa");
    }

    @Test
    void neitherTheAuthorNorAnAddresseeRelays() {
        assertThatThrownBy(() -> new EntryStatement(EntryKind.RELAYED, UA, KeyCustody.OWN, LATER, Envelopes.list()))
                .hasMessageContaining("signed by the mediator");
        assertThatThrownBy(() -> new EntryStatement(EntryKind.RELAYED, RU, KeyCustody.OWN, LATER, Envelopes.list()))
                .hasMessageContaining("signed by the mediator");
    }

    @Test
    void onlyAnAddresseeAcknowledges() {
        assertThatThrownBy(() -> new EntryStatement(EntryKind.ACKNOWLEDGED, MEDIATOR, KeyCustody.OWN, LATER, Envelopes.list()))
                .hasMessageContaining("only an addressee [ru] acknowledges receipt, not tr-mfa");
    }

    @Test
    void noStepPredatesTheEnvelope() {
        assertThatThrownBy(() -> new EntryStatement(EntryKind.RELAYED, MEDIATOR, KeyCustody.OWN, ISTANBUL.minusSeconds(1),
                Envelopes.list())).hasMessageContaining("before the envelope's time");
    }

    @Test
    void aStatementWithAnAlteredEnvelopeLineIsRefused() {
        String text = new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, ISTANBUL, Envelopes.list()).text()
                .replace("type person-list", "type Person-list");
        assertThatThrownBy(() -> EntryStatement.parse(Envelopes.bytes(text))).hasMessageContaining("unknown document type");
    }

    @Test
    void anUnknownKeyCustodyIsRefused() {
        String text = new EntryStatement(EntryKind.SUBMITTED, UA, KeyCustody.OWN, ISTANBUL, Envelopes.list()).text()
                .replace("key own", "key borrowed");
        assertThatThrownBy(() -> EntryStatement.parse(Envelopes.bytes(text))).hasMessageContaining("unknown key custody");
    }

    @Test
    void theLargestStatementLeavesRoomForSignaturesWithinTheEntryLimit() {
        List<PartyId> many = new ArrayList<>();
        for (int i = 0; i < Envelope.MAX_ADDRESSEES; i++) {
            many.add(new PartyId("p" + "x".repeat(29) + (char) ('a' + i)));
        }
        Envelope widest = Envelope.of(DocumentType.ANSWER, new PartyId("a" + "x".repeat(31)), many, new byte[0], ISTANBUL,
                Optional.of(Envelopes.list().id()));
        EntryStatement s = new EntryStatement(EntryKind.RELAYED, new PartyId("m" + "x".repeat(31)), KeyCustody.SERVER_HELD,
                ISTANBUL, widest);
        assertThat(s.encoded().length).isLessThanOrEqualTo(EntryStatement.MAX_BYTES);
        assertThat(EntryStatement.parse(s.encoded())).isEqualTo(s);
        assertThat(EntryStatement.MAX_BYTES + 16 * 200).isLessThan(EntryStatement.MAX_ENTRY_BYTES);
    }

    @Test
    void oversizedInputIsRefusedBeforeParsing() {
        byte[] big = new byte[EntryStatement.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> EntryStatement.parse(big)).hasMessageContaining("more than the 4096 allowed");
    }
}
