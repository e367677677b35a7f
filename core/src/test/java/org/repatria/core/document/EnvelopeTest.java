package org.repatria.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.document.Envelopes.ISTANBUL;
import static org.repatria.core.document.Envelopes.LIST;
import static org.repatria.core.document.Envelopes.MEDIATOR;
import static org.repatria.core.document.Envelopes.RU;
import static org.repatria.core.document.Envelopes.UA;
import static org.repatria.core.document.Envelopes.bytes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeTest {
    private static final String CANONICAL = """
            repatria-envelope/v1
            type person-list
            author ua
            to ru
            sha256 %s
            time 2025-06-02T10:15:30Z
            """.formatted(Digest.sha256(LIST).hex());

    @Test
    void theCanonicalFormIsOneKeyValueLinePerField() {
        assertThat(Envelopes.list().text()).isEqualTo(CANONICAL);
    }

    @Test
    void theCanonicalFormParsesBackToTheSameEnvelope() {
        Envelope answer = Envelope.of(DocumentType.ANSWER, RU, List.of(UA, MEDIATOR), bytes("agreed"), ISTANBUL,
                Optional.of(Envelopes.list().id()));
        assertThat(Envelope.parse(answer.encoded())).isEqualTo(answer);
        assertThat(Envelope.parse(bytes(CANONICAL))).isEqualTo(Envelopes.list());
    }

    @Test
    void addresseesAreWrittenInAscendingOrderWhateverTheOrderGiven() {
        Envelope one = Envelope.of(DocumentType.MEMORANDUM, MEDIATOR, List.of(UA, RU), LIST, ISTANBUL, Optional.empty());
        Envelope other = Envelope.of(DocumentType.MEMORANDUM, MEDIATOR, List.of(RU, UA), LIST, ISTANBUL, Optional.empty());
        assertThat(one.encoded()).isEqualTo(other.encoded());
        assertThat(one.text()).contains("\nto ru ua\n");
    }

    @Test
    void timeIsTruncatedToWholeSecondsWhenBuiltFromAClock() {
        Envelope e = Envelope.of(DocumentType.PROPOSAL, UA, List.of(RU), LIST, ISTANBUL.plusMillis(999), Optional.empty());
        assertThat(e.time()).isEqualTo(ISTANBUL);
    }

    @Test
    void theIdIsTheHashOfTheCanonicalBytes() {
        assertThat(Envelopes.list().id()).isEqualTo(Digest.sha256(bytes(CANONICAL)));
    }

    @Test
    void theTextAndIdAskedAgainAreTheSameAndTheBytesAFreshCopy() {
        Envelope e = Envelopes.list();
        assertThat(e.id()).isEqualTo(e.id()).isEqualTo(Digest.sha256(bytes(CANONICAL)));
        assertThat(e.text()).isEqualTo(e.text()).isEqualTo(CANONICAL);
        byte[] first = e.encoded();
        first[0] = 'X';
        assertThat(e.encoded()).isEqualTo(bytes(CANONICAL));
    }

    @Test
    void envelopesOfTheSameFieldsAreEqualWithTheSameHash() {
        Envelope one = Envelope.of(DocumentType.MEMORANDUM, MEDIATOR, List.of(UA, RU), LIST, ISTANBUL, Optional.empty());
        Envelope other = Envelope.parse(one.encoded());
        assertThat(other).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(Envelope.of(DocumentType.PROPOSAL, MEDIATOR, List.of(UA, RU), LIST, ISTANBUL, Optional.empty()))
                .isNotEqualTo(one);
    }

    @Test
    void aDigestIsRefusedUnlessSixtyFourLowerCaseHexDigits() {
        String hex = Digest.sha256(LIST).hex();
        assertThat(Digest.parseHex(hex).hex()).isEqualTo(hex);
        for (String bad : List.of(hex.substring(1), hex + "0", hex.substring(1) + "g", hex.substring(1) + "A", "")) {
            assertThatThrownBy(() -> Digest.parseHex(bad)).isInstanceOf(DocumentFormatException.class)
                    .hasMessageContaining("64 lower-case hex digits");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "trailing space|author ua|author ua ",
        "CRLF line ends|\n|\r\n",
        "fractional seconds|10:15:30Z|10:15:30.000Z",
        "offset instead of Z|10:15:30Z|10:15:30+00:00",
        "double space|to ru|to  ru",
        "unknown version|envelope/v1|envelope/v2",
        "unknown type|person-list|person_list",
        "field out of order|type person-list\nauthor ua|author ua\ntype person-list",
        "extra line|10:15:30Z\n|10:15:30Z\nnote hello\n",
        "missing final newline|10:15:30Z\n|10:15:30Z",
        "non-ASCII letter|author ua|author u\u0430",
    })
    void anyOtherSpellingIsRefused(String variant) {
        String[] parts = variant.split("\\|", -1);
        String altered = CANONICAL.replace(parts[1], parts[2]);
        assertThat(altered).as(parts[0]).isNotEqualTo(CANONICAL);
        assertThatThrownBy(() -> Envelope.parse(bytes(altered))).as(parts[0]).isInstanceOf(DocumentFormatException.class);
    }

    @Test
    void upperCaseHexIsRefused() {
        String hex = Digest.sha256(LIST).hex();
        String text = CANONICAL.replace(hex, hex.toUpperCase(Locale.ROOT));
        assertThatThrownBy(() -> Envelope.parse(bytes(text))).hasMessageContaining("lower-case hex");
    }

    @Test
    void addresseesOutOfOrderAreRefusedNamingTheRule() {
        String text = CANONICAL.replace("to ru\n", "to ua-east ru\n");
        assertThatThrownBy(() -> Envelope.parse(bytes(text))).hasMessageContaining("ascending order");
    }

    @Test
    void aMissingFieldIsNamedWithItsLine() {
        String text = CANONICAL.replace("to ru\n", "");
        assertThatThrownBy(() -> Envelope.parse(bytes(text))).hasMessageContaining("line 4").hasMessageContaining("\"to <value>\"");
    }

    @Test
    void theAuthorCannotAddressItself() {
        assertThatThrownBy(() -> Envelope.of(DocumentType.PROPOSAL, UA, List.of(UA, RU), LIST, ISTANBUL, Optional.empty()))
                .hasMessageContaining("author ua cannot also be an addressee");
    }

    @Test
    void anAnswerMustNameWhatItAnswers() {
        assertThatThrownBy(() -> Envelope.of(DocumentType.ANSWER, RU, List.of(UA), LIST, ISTANBUL, Optional.empty()))
                .hasMessageContaining("must name the envelope");
    }

    @Test
    void aDisputeMustNameWhatItDisputes() {
        assertThatThrownBy(() -> Envelope.of(DocumentType.DISPUTE, RU, List.of(UA), LIST, ISTANBUL, Optional.empty()))
                .isInstanceOf(DocumentFormatException.class).hasMessageContaining("must name the envelope of the document it disputes");
    }

    @Test
    void aDisputeNamingTheDisputedEnvelopeParsesBack() {
        Envelope dispute = Envelope.of(DocumentType.DISPUTE, RU, List.of(UA), bytes("row 3 is wrong"), ISTANBUL,
                Optional.of(Envelopes.list().id()));
        assertThat(Envelope.parse(dispute.encoded())).isEqualTo(dispute);
    }

    @Test
    void anEnvelopeWithoutAddresseesIsRefused() {
        assertThatThrownBy(() -> Envelope.of(DocumentType.PROPOSAL, UA, List.of(), LIST, ISTANBUL, Optional.empty()))
                .hasMessageContaining("1 to 16 addressees");
    }

    @Test
    void aDocumentWhoseBytesChangedNoLongerMatchesItsEnvelope() {
        assertThatThrownBy(() -> new Document(Envelopes.list(), bytes("id,surname\n1,Коваленко\n")))
                .hasMessageContaining("changed after signing");
        assertThat(new Document(Envelopes.list(), LIST).content()).isEqualTo(LIST);
    }
}
