package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.document.DocumentType;
import org.repatria.core.document.Envelope;
import org.repatria.server.Fixture;
import org.repatria.store.exchange.AgreementStep;
import org.repatria.store.exchange.Signature;
import org.repatria.store.exchange.StoredAgreement;

/** What the documents pages and the relay queue call each document (issue 12, item 5). */
class DocumentSubjectsTest {
    @TempDir
    Path dir;
    private Fixture world;
    private DocumentSubjects subjects;

    @BeforeEach
    void anAgreementWithAPlanAndAnActSigned() {
        world = new Fixture(dir, 3);
        world.store.exchanges().open(new StoredAgreement("x1", "REMAINS", Fixture.A, Fixture.B, Fixture.MEDIATOR, Fixture.T0,
                OptionalInt.empty()), new AgreementStep(1, AgreementStep.Kind.PROPOSAL, Fixture.A, "env-proposal", "text",
                "a-desk", Fixture.T0));
        world.store.exchanges().sign("x1", new Signature("plan 2", Fixture.B, "env-plan", "b-desk", Fixture.T0), List.of());
        world.store.exchanges().sign("x1", new Signature("act 3", Fixture.A, "env-act", "a-desk", Fixture.T0), 1, List.of());
        subjects = new DocumentSubjects(world.store);
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void aPlanSignatureIsCalledAPlanSignatureNotAProposalAndLinksToThePlans() {
        DocumentSubjects.Subject s = subject("env-plan", DocumentType.PROPOSAL, Language.EN);
        assertThat(s).isEqualTo(new DocumentSubjects.Subject("Plan signature", "Plan 2 · Remains: Україна ↔ Россия",
                Optional.of("/desk/agreements/x1/plans")));
    }

    @Test
    void anActSignatureNamesItsTrancheAndLinksToIt() {
        DocumentSubjects.Subject s = subject("env-act", DocumentType.HANDOVER_ACT, Language.RU);
        assertThat(s).isEqualTo(new DocumentSubjects.Subject("Подпись акта передачи", "Этап 3 · Тела погибших: Україна ↔ Россия",
                Optional.of("/desk/agreements/x1/tranches/3")));
    }

    @Test
    void aProposalIsTitledByTheAgreementsKindAndSidesInTheReadersLanguage() {
        DocumentSubjects.Subject s = subject("env-proposal", DocumentType.PROPOSAL, Language.UK);
        assertThat(s).isEqualTo(new DocumentSubjects.Subject("Пропозиція", "Тіла загиблих: Україна ↔ Россия",
                Optional.of("/desk/agreements/x1")));
    }

    @Test
    void aDocumentOfNoExchangeOrListIsCalledByItsTypeWithNoLink() {
        DocumentSubjects.Subject s = subject("env-memo", DocumentType.MEMORANDUM, Language.EN);
        assertThat(s).isEqualTo(new DocumentSubjects.Subject("Memorandum", "Memorandum", Optional.empty()));
    }

    private DocumentSubjects.Subject subject(String id, DocumentType type, Language language) {
        Envelope e = Envelope.of(type, Fixture.A, List.of(Fixture.B), "x".getBytes(StandardCharsets.UTF_8), Fixture.T0,
                Optional.empty());
        return subjects.of(Map.of(id, e), new Text(language), Map.of(Fixture.A, "Україна", Fixture.B, "Россия")).get(id);
    }
}
